package com.bridgecoach.http;

/**
 * Shared memory of which inbound deliveries (an event id, a trigger id) have been taken, so that a
 * request Slack delivers twice, or to two replicas, has its side effects once. Implemented by the store.
 */
@FunctionalInterface
public interface DeliveryLedger {

    /**
     * Claims {@code key}: true for the one caller, on any replica, that claimed it first; false for every
     * later claim of the same key.
     */
    boolean claim(String key);

    /** A ledger that remembers nothing: every claim succeeds (one process, no store). */
    static DeliveryLedger none() {
        return key -> true;
    }
}
