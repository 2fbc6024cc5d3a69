package com.bridgecoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** Remembers the ids of requests recently handled, so a request Slack delivers again is answered once. */
final class RedeliveryGuard {
    private final Cache<String, Boolean> seen;

    RedeliveryGuard(Ticker ticker, Duration memory) {
        this.seen = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(memory).maximumSize(100_000).build();
    }

    /** True the first time an id is offered within the memory window; false for every repeat. */
    boolean firstTime(String id) {
        if (id == null || id.isBlank()) {
            return true;
        }
        return seen.asMap().putIfAbsent(id, Boolean.TRUE) == null;
    }

    /** True when the id was offered recently; unlike {@link #firstTime} it does not remember the id. */
    boolean remembers(String id) {
        return id != null && seen.getIfPresent(id) != null;
    }
}
