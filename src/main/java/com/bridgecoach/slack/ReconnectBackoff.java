package com.bridgecoach.slack;

import java.time.Duration;

/** How long to wait before each reconnect attempt: doubling from {@code first}, never beyond {@code cap}. */
record ReconnectBackoff(Duration first, Duration cap) {

    static final ReconnectBackoff DEFAULT = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    ReconnectBackoff {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= cap");
        }
    }

    /** The wait before attempt {@code attempt} (1-based). */
    Duration before(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        Duration wait = first;
        for (int i = 1; i < attempt && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
