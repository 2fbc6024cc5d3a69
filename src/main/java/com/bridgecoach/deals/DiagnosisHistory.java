package com.bridgecoach.deals;

import com.bridgecoach.content.PatternId;
import java.time.Instant;
import java.util.List;

/** Read access to the diagnoses a rep was given, for their Home tab. */
@FunctionalInterface
public interface DiagnosisHistory {

    List<Entry> recentFor(String userId, int limit);

    record Entry(PatternId pattern, double confidence, Instant at) {
    }

    static DiagnosisHistory none() {
        return (userId, limit) -> List.of();
    }
}
