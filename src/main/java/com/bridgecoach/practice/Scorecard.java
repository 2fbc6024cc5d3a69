package com.bridgecoach.practice;

import java.util.List;

/**
 * How a role-play went, by the rubric the rep saw before it started.
 *
 * @param score      overall, 0 to 100: the weighted average of the criteria
 * @param strength   the one thing to keep doing, quoting the rep
 * @param fix        the one thing to change, quoting the rep and giving a better line
 * @param betterLine the line to try next time, on its own
 */
public record Scorecard(int score, List<CriterionScore> criteria, String strength, String fix, String betterLine, Outcome outcome) {

    public Scorecard {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a score runs from 0 to 100, not " + score);
        }
        criteria = List.copyOf(criteria);
    }

    /** One criterion's score, with feedback that quotes the rep's own line behind it. */
    public record CriterionScore(String id, String name, int weight, int score, String feedback) {
        public CriterionScore {
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("a criterion score runs from 0 to 100, not " + score);
            }
        }
    }
}
