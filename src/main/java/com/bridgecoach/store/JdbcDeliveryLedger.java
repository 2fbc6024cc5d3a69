package com.bridgecoach.store;

import com.bridgecoach.http.DeliveryLedger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivery claims in the store: the primary key on claim_key lets exactly one replica take a delivery. */
public final class JdbcDeliveryLedger implements DeliveryLedger {
    static final int MAX_KEY = 200;
    /** Slack redelivers within minutes; a day is ample. */
    static final Duration MEMORY = Duration.ofDays(1);
    private static final int PURGE_EVERY = 1000;
    private static final String CLAIM = "INSERT INTO delivery_claims (claim_key, claimed_at) VALUES (?, ?) ON CONFLICT (claim_key) DO NOTHING";
    private static final String PURGE = "DELETE FROM delivery_claims WHERE claimed_at < ?";
    private static final Logger log = LoggerFactory.getLogger(JdbcDeliveryLedger.class);

    private final Database db;
    private final Clock clock;
    private final AtomicLong claims = new AtomicLong();

    public JdbcDeliveryLedger(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Claims through the store's group-commit writer: the caller waits for its claim to be committed, but
     * shares the commit with the other claims and journal rows written at the same moment.
     */
    @Override
    public boolean claim(String key) {
        long now = clock.millis();
        if (claims.incrementAndGet() % PURGE_EVERY == 0) {
            // nobody waits for the tidying up
            db.writes().submit(PURGE, s -> s.setLong(1, now - MEMORY.toMillis()))
                    .whenComplete((purged, e) -> {
                        if (e != null) {
                            log.warn("could not purge old delivery claims: {}", e.getMessage());
                        }
                    });
        }
        String fitted = fit(key);
        return db.writes().execute(CLAIM, s -> {
            s.setString(1, fitted);
            s.setLong(2, now);
        }) == 1;
    }

    /** Removes claims older than {@code cutoffMillis}; returns how many. */
    int purgeBefore(long cutoffMillis) {
        return db.writes().execute(PURGE, s -> s.setLong(1, cutoffMillis));
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
