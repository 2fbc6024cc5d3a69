package com.bridgecoach.store;

import com.bridgecoach.coach.DiagnosisJournal;
import com.bridgecoach.coach.KeptRecords;
import com.bridgecoach.deals.DiagnosisHistory;
import com.bridgecoach.content.PatternId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Diagnoses kept in the store. A failure to record is logged, never shown to the rep as a failed answer. */
public final class JdbcDiagnosisJournal implements DiagnosisJournal, DiagnosisHistory, KeptRecords {
    private static final Logger log = LoggerFactory.getLogger(JdbcDiagnosisJournal.class);
    private final Database db;

    public JdbcDiagnosisJournal(Database db) {
        this.db = db;
    }

    /**
     * Queues the row for the store's group-commit writer and returns at once: the rep's answer never waits for
     * it. Reads and deletions here wait for the rows queued before them, so a rep's history is never behind.
     */
    @Override
    public void record(String userId, PatternId pattern, double confidence, Instant at) {
        long id = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        db.writes().submit("INSERT INTO diagnoses (id, user_id, pattern, confidence, created_at) VALUES (?, ?, ?, ?, ?)", s -> {
            s.setLong(1, id);
            s.setString(2, userId);
            s.setString(3, pattern.id());
            s.setDouble(4, confidence);
            s.setLong(5, at.toEpochMilli());
        }).whenComplete((rows, e) -> {
            if (e != null) {
                log.warn("could not record a diagnosis: {}", e.getMessage());
            }
        });
    }

    /** How many diagnoses the store holds for a user. */
    public int countFor(String userId) {
        finishQueuedWrites();
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM diagnoses WHERE user_id = ?")) {
            s.setString(1, userId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("store unavailable", e);
        }
    }

    @Override
    public List<DiagnosisHistory.Entry> recentFor(String userId, int limit) {
        finishQueuedWrites();
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT pattern, confidence, created_at FROM diagnoses WHERE user_id = ? ORDER BY created_at DESC, id LIMIT ?")) {
            s.setString(1, userId);
            s.setInt(2, limit);
            List<DiagnosisHistory.Entry> out = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    PatternId pattern = PatternId.find(rs.getString(1)).orElse(PatternId.UNCLEAR);
                    out.add(new DiagnosisHistory.Entry(pattern, rs.getDouble(2), Instant.ofEpochMilli(rs.getLong(3))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read diagnoses", e);
        }
    }

    /** Deletes through the writer, after the rows queued before it: nothing recorded earlier survives. */
    @Override
    public int forget(String userId) {
        return db.writes().execute("DELETE FROM diagnoses WHERE user_id = ?", s -> s.setString(1, userId));
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return db.writes().execute("DELETE FROM diagnoses WHERE created_at < ?", s -> s.setLong(1, cutoff.toEpochMilli()));
    }

    private void finishQueuedWrites() {
        try {
            db.writes().flush();
        } catch (StoreException e) {
            // the read below meets the same trouble and says so
            log.debug("queued diagnoses not confirmed before a read: {}", e.getMessage());
        }
    }
}
