package com.bridgecoach.slack;

import java.time.Duration;

/** Waits before a retry; tests pass one that records instead of sleeping. */
@FunctionalInterface
public interface Pause {

    void sleep(Duration duration) throws InterruptedException;

    static Pause real() {
        return d -> Thread.sleep(d.toMillis());
    }
}
