package com.bridgecoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed window per user: at most {@code limit} requests per {@code window}. */
final class UserRateLimiter {
    private final Cache<String, AtomicInteger> windows;
    private final int limit;
    private final Duration window;

    UserRateLimiter(Ticker ticker, int limit, Duration window) {
        this.limit = limit;
        this.window = window;
        this.windows = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(window).maximumSize(100_000)
                // upkeep on the calling thread: handing it to the common pool costs more than doing it
                .executor(Runnable::run).build();
    }

    /** True when the user may go ahead; counts the attempt. */
    boolean tryAcquire(String userId) {
        // a request without a user (Slack always names one) shares one bucket rather than failing
        return windows.get(userId == null ? "" : userId, k -> new AtomicInteger()).incrementAndGet() <= limit;
    }

    long windowSeconds() {
        return window.toSeconds();
    }
}
