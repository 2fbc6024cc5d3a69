package com.bridgecoach.store;

import com.bridgecoach.http.DeliveryLedger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/** Delivery claims in the store: the primary key on claim_key lets exactly one replica take a delivery. */
public final class JdbcDeliveryLedger implements DeliveryLedger {
    static final int MAX_KEY = 200;
    /** Slack redelivers within minutes; a day is ample. */
    static final Duration MEMORY = Duration.ofDays(1);
    private static final int PURGE_EVERY = 1000;

    private final Database db;
    private final Clock clock;
    private final AtomicLong claims = new AtomicLong();

    public JdbcDeliveryLedger(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean claim(String key) {
        long now = clock.millis();
        if (claims.incrementAndGet() % PURGE_EVERY == 0) {
            purgeBefore(now - MEMORY.toMillis());
        }
        String sql = "INSERT INTO delivery_claims (claim_key, claimed_at) VALUES (?, ?) ON CONFLICT (claim_key) DO NOTHING";
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, fit(key));
            s.setLong(2, now);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("could not claim a delivery", e);
        }
    }

    /** Removes claims older than {@code cutoffMillis}; returns how many. */
    int purgeBefore(long cutoffMillis) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM delivery_claims WHERE claimed_at < ?")) {
            s.setLong(1, cutoffMillis);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not purge old delivery claims", e);
        }
    }

    /** Long keys are hashed so that any key fits the column on every database. */
    static String fit(String key) {
        if (key.length() <= MAX_KEY && key.chars().allMatch(ch -> ch < 128)) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
