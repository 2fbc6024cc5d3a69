package com.bridgecoach.practice;

import com.bridgecoach.content.Audience;
import java.time.Instant;
import java.util.List;

/** One session in a history view; {@code score} and {@code criteria} are there once it has ended. */
public record SessionSummary(String id, String repId, String starterId, Audience persona, String scenarioId, String personaName,
                             Instant startedAt, Outcome outcome, Integer score, List<Scorecard.CriterionScore> criteria) {
    public SessionSummary {
        criteria = List.copyOf(criteria);
    }
}
