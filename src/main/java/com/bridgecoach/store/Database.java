package com.bridgecoach.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The store's connection pool, migrated to the current schema on open. SQLite by default, PostgreSQL by URL. */
public final class Database implements AutoCloseable {
    public static final String DEFAULT_URL = "jdbc:sqlite:./data/bridge-coach.db";

    private final HikariDataSource pool;
    private final boolean sqlite;
    private final GroupCommitWriter writes;
    /** Connections for frequent reads; the pool itself when the store has no separate readers. */
    private final HikariDataSource readers;

    private Database(HikariDataSource pool, HikariDataSource readers, boolean sqlite) {
        this.pool = pool;
        this.readers = readers;
        this.sqlite = sqlite;
        this.writes = new GroupCommitWriter(pool, "store-writer");
    }

    /** Opens the store at {@code url} and applies any pending migrations. */
    public static Database open(String url) {
        String jdbcUrl = url == null || url.isBlank() ? DEFAULT_URL : url.strip();
        if (!jdbcUrl.startsWith("jdbc:sqlite:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("DATABASE_URL must be a jdbc:sqlite: or jdbc:postgresql: URL");
        }
        boolean sqlite = jdbcUrl.startsWith("jdbc:sqlite:");
        if (sqlite) {
            createParentFolder(jdbcUrl.substring("jdbc:sqlite:".length()));
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("bridge-coach-store");
        // SQLite serialises writers anyway; one connection avoids "database is locked" under load.
        config.setMaximumPoolSize(sqlite ? 1 : 8);
        config.setConnectionTimeout(3_000);
        config.setInitializationFailTimeout(-1);
        if (sqlite) {
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("busy_timeout", "5000");
            // With WAL, NORMAL syncs at checkpoints rather than on every commit: still safe from corruption,
            // and a commit costs microseconds instead of an fsync (a power cut may lose the last moments).
            config.addDataSourceProperty("synchronous", "NORMAL");
            // the driver would otherwise run a second query after every INSERT for keys nothing here asks for
            config.addDataSourceProperty("jdbc.get_generated_keys", "false");
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new IllegalStateException("the store at DATABASE_URL could not be opened or migrated: " + rootMessage(e), e);
        }
        return new Database(pool, sqlite && isFile(jdbcUrl) ? readers(config) : pool, sqlite);
    }

    /**
     * SQLite's log (WAL) lets readers run beside the one writer without locking it out; a read on a connection
     * of its own neither waits for the writer's connection nor holds it up.
     */
    private static HikariDataSource readers(HikariConfig writerConfig) {
        HikariConfig config = new HikariConfig();
        writerConfig.copyStateTo(config);
        config.setPoolName("bridge-coach-store-readers");
        // the reads that come here are single-row lookups: one connection keeps up, and keeps memory down
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    private static boolean isFile(String sqliteUrl) {
        String path = sqliteUrl.substring("jdbc:sqlite:".length());
        return !path.isEmpty() && !path.startsWith(":memory:") && !path.startsWith("file:");
    }

    private static void createParentFolder(String path) {
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for the store: " + parent, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    DataSource dataSource() {
        return pool;
    }

    /** For reads only: on SQLite, connections beside the writer's. */
    DataSource readers() {
        return readers;
    }

    /** The one writer of small, frequent writes, committed in batches. */
    GroupCommitWriter writes() {
        return writes;
    }

    boolean isSqlite() {
        return sqlite;
    }

    /** True when the store answers a trivial query within a second. */
    public boolean answers() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Commits the writes still queued, then closes the pool. */
    @Override
    public void close() {
        writes.close();
        if (readers != pool) {
            readers.close();
        }
        pool.close();
    }
}
