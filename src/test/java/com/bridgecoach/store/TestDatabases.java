package com.bridgecoach.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The databases the store tests run against: always a fresh SQLite file; PostgreSQL too when
 * {@code TEST_POSTGRES_URL} is set (each test gets its own schema, so tests never see each other's rows).
 */
public final class TestDatabases {
    public static final String POSTGRES_ENV = "TEST_POSTGRES_URL";

    private TestDatabases() {
    }

    public static boolean postgresAvailable() {
        String url = System.getenv(POSTGRES_ENV);
        return url != null && !url.isBlank();
    }

    /** Names of the kinds to run against: "sqlite", and "postgresql" when it is configured. */
    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("sqlite"));
        if (postgresAvailable()) {
            kinds.add("postgresql");
        }
        return kinds;
    }

    public static String freshUrl(String kind, Path folder) {
        return kind.equals("postgresql") ? freshPostgresUrl() : "jdbc:sqlite:" + folder.resolve("store-" + ThreadLocalRandom.current().nextInt(1 << 30) + ".db");
    }

    /** A new, empty schema in the test PostgreSQL; the returned URL makes it the connection's schema. */
    public static String freshPostgresUrl() {
        String base = System.getenv(POSTGRES_ENV);
        String schema = "t" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection c = DriverManager.getConnection(base, new Properties()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a schema in " + POSTGRES_ENV + ": " + e.getMessage(), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The single number a counting query returns, read straight from the store at {@code url}. */
    public static int count(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
