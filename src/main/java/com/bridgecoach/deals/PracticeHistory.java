package com.bridgecoach.deals;

import java.time.Instant;
import java.util.List;

/** Read access to a rep's practice scorecards, for their Home tab; the practice store implements it. */
@FunctionalInterface
public interface PracticeHistory {

    /** The rep's scores, newest first. */
    List<Score> recentFor(String userId, int limit);

    /** One scorecard: who the rep practised with, on what, and the score (0 to 100). */
    record Score(String persona, String pattern, int score, Instant at) {
        public Score {
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("a practice score is 0 to 100");
            }
        }
    }

    /** Until practice data is wired in: no scores. */
    static PracticeHistory none() {
        return (userId, limit) -> List.of();
    }
}
