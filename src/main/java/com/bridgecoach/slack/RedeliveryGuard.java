package com.bridgecoach.slack;

import com.bridgecoach.http.DeliveryLedger;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the ids of requests recently handled, so a request Slack delivers again is answered once:
 * in this process from memory, and across replicas through the shared {@link DeliveryLedger}.
 */
final class RedeliveryGuard {
    private static final Logger log = LoggerFactory.getLogger(RedeliveryGuard.class);

    private final Cache<String, Boolean> seen;
    private final DeliveryLedger ledger;

    RedeliveryGuard(Ticker ticker, Duration memory) {
        this(ticker, memory, DeliveryLedger.none());
    }

    RedeliveryGuard(Ticker ticker, Duration memory, DeliveryLedger ledger) {
        this.seen = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(memory).maximumSize(100_000)
                // upkeep on the calling thread: handing it to the common pool costs more than doing it
                .executor(Runnable::run).build();
        this.ledger = ledger;
    }

    /** True the first time an id is offered within the memory window, on any replica; false for every repeat. */
    boolean firstTime(String id) {
        if (id == null || id.isBlank()) {
            return true;
        }
        if (seen.asMap().putIfAbsent(id, Boolean.TRUE) != null) {
            return false;
        }
        try {
            return ledger.claim(id);
        } catch (RuntimeException e) {
            // the store is down: answering once per replica beats not answering at all
            log.warn("delivery ledger unavailable, relying on this replica's memory: {}", e.getClass().getSimpleName());
            return true;
        }
    }
}
