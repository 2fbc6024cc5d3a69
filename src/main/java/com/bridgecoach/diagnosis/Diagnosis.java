package com.bridgecoach.diagnosis;

import com.bridgecoach.content.PatternId;
import java.util.List;

/**
 * The classifier's verdict on one situation.
 *
 * @param pattern      the leading pattern ({@link PatternId#UNCLEAR} when the coach should ask instead)
 * @param confidence   calibrated probability that {@code pattern} is right, in [0,1]
 * @param evidence     words quoted from the input that decided it, strongest first
 * @param alternatives the runners-up, most likely first
 * @param certainty    whether to answer, answer and ask, or only ask
 */
public record Diagnosis(
        PatternId pattern,
        double confidence,
        List<String> evidence,
        List<Alternative> alternatives,
        Certainty certainty) {

    public Diagnosis {
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        evidence = List.copyOf(evidence);
        alternatives = List.copyOf(alternatives);
    }

    /** A pattern that was considered, with its probability. */
    public record Alternative(PatternId pattern, double confidence) {
    }

    /** The runner-up conflict pattern, if there is one. */
    public PatternId runnerUp() {
        return alternatives.stream().map(Alternative::pattern).filter(PatternId::isConflict)
                .filter(p -> p != pattern).findFirst().orElse(PatternId.UNCLEAR);
    }
}
