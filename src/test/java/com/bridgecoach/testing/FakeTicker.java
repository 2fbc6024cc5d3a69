package com.bridgecoach.testing;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A Caffeine ticker that moves only when a test says so, so expiry is tested without sleeping. */
public final class FakeTicker implements Ticker {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long read() {
        return nanos.get();
    }

    public FakeTicker advance(Duration by) {
        nanos.addAndGet(by.toNanos());
        return this;
    }
}
