package com.bridgecoach.store;

import com.bridgecoach.coach.DiagnosisJournal;
import com.bridgecoach.content.PatternId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Diagnoses kept in the store. A failure to record is logged, never shown to the rep as a failed answer. */
public final class JdbcDiagnosisJournal implements DiagnosisJournal {
    private static final Logger log = LoggerFactory.getLogger(JdbcDiagnosisJournal.class);
    private final Database db;

    public JdbcDiagnosisJournal(Database db) {
        this.db = db;
    }

    @Override
    public void record(String userId, PatternId pattern, double confidence, Instant at) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO diagnoses (id, user_id, pattern, confidence, created_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, ThreadLocalRandom.current().nextLong(Long.MAX_VALUE));
            s.setString(2, userId);
            s.setString(3, pattern.id());
            s.setDouble(4, confidence);
            s.setLong(5, at.toEpochMilli());
            s.executeUpdate();
        } catch (SQLException e) {
            log.warn("could not record a diagnosis: {}", e.getMessage());
        }
    }

    /** How many diagnoses the store holds for a user. */
    public int countFor(String userId) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM diagnoses WHERE user_id = ?")) {
            s.setString(1, userId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("store unavailable: " + e.getMessage(), e);
        }
    }
}
