package com.bridgecoach.coach;

import com.bridgecoach.content.PatternId;
import java.time.Instant;

/** Keeps a record of diagnoses given (who and which pattern, never the deal text) for history views. */
@FunctionalInterface
public interface DiagnosisJournal {

    void record(String userId, PatternId pattern, double confidence, Instant at);

    /** For the one-shot command line, where nothing is kept. */
    static DiagnosisJournal none() {
        return (userId, pattern, confidence, at) -> { };
    }
}
