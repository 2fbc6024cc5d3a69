package com.bridgecoach.coach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How long rep records are kept, and "forget me": applied across every place that keeps them. */
public final class DataRetention {
    public static final int DEFAULT_DAYS = 180;

    private final List<KeptRecords> places;
    private final Duration period;
    private final Clock clock;

    public DataRetention(List<KeptRecords> places, Duration period, Clock clock) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the retention period must be at least a day");
        }
        this.places = List.copyOf(places);
        this.period = period;
        this.clock = clock;
    }

    public Duration period() {
        return period;
    }

    /** Everything about one rep, everywhere; returns how many records were deleted or anonymised. */
    public int forget(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("forget needs the user to forget");
        }
        int total = 0;
        for (KeptRecords place : places) {
            total += place.forget(userId);
        }
        return total;
    }

    /** Drops every record older than the retention period; returns how many. */
    public int purge() {
        Instant cutoff = clock.instant().minus(period);
        int total = 0;
        for (KeptRecords place : places) {
            total += place.purgeBefore(cutoff);
        }
        return total;
    }
}
