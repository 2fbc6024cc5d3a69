package com.bridgecoach.content;

import java.util.List;
import java.util.Map;

/**
 * A role-play: who the bot plays, the situation the rep walks into, and the persona's branching replies.
 * Persona lines take {name}, {hospital}, {ehr} and {counterpart}.
 *
 * @param keyTechniques the techniques that matter most here; they move trust further
 * @param betterLines   per rubric criterion, a line to try instead, for the scorecard's fix
 */
public record PracticeScenario(
        String id,
        Audience persona,
        String title,
        String situation,
        List<String> repKnows,
        String goal,
        String realConcern,
        List<String> keyTechniques,
        List<PracticePersona> variants,
        List<String> opening,
        Replies replies,
        Map<String, String> betterLines) {

    public PracticeScenario {
        repKnows = List.copyOf(repKnows);
        keyTechniques = List.copyOf(keyTechniques);
        variants = List.copyOf(variants);
        opening = List.copyOf(opening);
        betterLines = Map.copyOf(betterLines);
    }

    /** The persona's lines by move; banded ones depend on trust (low below 50, high from 50). */
    public record Replies(Banded soften, Banded harden, Banded hold, List<String> reveal,
                          List<String> wonOver, List<String> walkAway, Banded timeUp) {
        public Replies {
            reveal = List.copyOf(reveal);
            wonOver = List.copyOf(wonOver);
            walkAway = List.copyOf(walkAway);
        }
    }

    /** Lines for low and high trust. */
    public record Banded(List<String> low, List<String> high) {
        public Banded {
            low = List.copyOf(low);
            high = List.copyOf(high);
        }
    }
}
