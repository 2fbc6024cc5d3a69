package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * How a role-play runs and how it is scored. The same rubric is shown to the rep before the session.
 *
 * @param maxTurns rep turns before the persona has to leave
 */
public record PracticeRubric(int maxTurns, Trust trust, List<Criterion> criteria, Wording scorecard) {

    public PracticeRubric {
        criteria = List.copyOf(criteria);
    }

    /** The numbers that move the persona's trust and decide its next move. */
    public record Trust(int revealAt, int wonAt, List<String> wonNeeds, int walkAwayAt, int silentTurn, int maxGainPerTurn,
                        double keyBonus, int repeatAfter) {
        public Trust {
            wonNeeds = List.copyOf(wonNeeds);
        }
    }

    /**
     * One scored criterion. Feedback templates take {quote} (the rep's own line) and {name} (the persona).
     *
     * @param basis     what the score is computed from
     * @param rewards   technique ids that earn this criterion
     * @param penalizes technique ids that cost it
     */
    public record Criterion(String id, String name, int weight, String description, Basis basis,
                            List<String> rewards, List<String> penalizes,
                            String praise, String missing, String penalty) {
        public Criterion {
            rewards = List.copyOf(rewards);
            penalizes = List.copyOf(penalizes);
        }
    }

    /** The scorecard's own sentences around the rep's quotes. */
    public record Wording(String noTurns, String strengthNone, String fixChange, String fixClose, String fixFresh,
                          String wonOver, String walkedAway, String outOfTurns, String endedByRep, String realConcern,
                          String cardFooter) {
    }

    /** What a criterion's score is computed from. */
    public enum Basis {
        /** The techniques the rep used (rewards) and the ones that cost (penalizes). */
        TECHNIQUES("techniques"),
        /** Where the persona's trust ended up. */
        TRUST("trust");

        private final String id;

        Basis(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        @JsonCreator
        static Basis fromJson(String id) {
            for (Basis b : values()) {
                if (b.id.equals(id)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("unknown basis '" + id + "' (expected techniques or trust)");
        }
    }
}
