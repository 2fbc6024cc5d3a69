package com.bridgecoach.interview;

import com.bridgecoach.content.PatternId;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a rep is in the guided interview: everything needed to carry on from any replica, small enough
 * to travel inside a Slack button value.
 *
 * @param mode       a full interview, or the single question that settles a free-text diagnosis
 * @param candidates what free text already suggested: none, one pattern (settled) or two (to separate)
 * @param steps      the answers so far, in the order given
 */
public record InterviewState(Mode mode, List<PatternId> candidates, List<Step> steps) {
    /** At most this many answers; the interview itself never needs more than five. */
    static final int MAX_STEPS = 8;

    public InterviewState {
        if (mode == null) {
            throw new IllegalArgumentException("an interview state needs a mode");
        }
        candidates = List.copyOf(candidates);
        steps = List.copyOf(steps);
        if (candidates.size() > 2 || candidates.stream().anyMatch(p -> !p.isConflict())
                || (candidates.size() == 2 && candidates.get(0) == candidates.get(1))) {
            throw new IllegalArgumentException("candidates are up to two different conflict patterns: " + candidates);
        }
        if (mode == Mode.QUICK && candidates.size() == 1) {
            throw new IllegalArgumentException("a single question separates two candidates or triages none");
        }
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("too many answers for one interview: " + steps.size());
        }
    }

    /** The two ways an interview runs. */
    public enum Mode {
        /** Champion, what IT is doing, the follow-up that separates the variant, where the deal stands. */
        FULL("F"),
        /** Only the question that separates what free text left open, then the answer. */
        QUICK("Q");

        private final String code;

        Mode(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }

        static Mode ofCode(String code) {
            for (Mode m : values()) {
                if (m.code.equals(code)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown mode '" + code + "'");
        }
    }

    /** One answer: the question's id and the index of the choice clicked. */
    public record Step(String questionId, int choice) {
        private static final java.util.regex.Pattern QUESTION_ID = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,39}");

        public Step {
            if (questionId == null || !QUESTION_ID.matcher(questionId).matches()) {
                throw new IllegalArgumentException("not a question id: " + questionId);
            }
            if (choice < 0 || choice > 9) {
                throw new IllegalArgumentException("a choice is 0 to 9: " + choice);
            }
        }
    }

    /** A new interview from the first question. */
    public static InterviewState fresh() {
        return new InterviewState(Mode.FULL, List.of(), List.of());
    }

    /** A full interview that starts from what free text suggested. */
    public static InterviewState seeded(List<PatternId> candidates) {
        return new InterviewState(Mode.FULL, candidates, List.of());
    }

    /** Just the question that separates two candidates (or the triage question when there are none). */
    public static InterviewState quick(List<PatternId> candidates) {
        return new InterviewState(Mode.QUICK, candidates, List.of());
    }

    public InterviewState answer(String questionId, int choice) {
        List<Step> next = new ArrayList<>(steps);
        next.add(new Step(questionId, choice));
        return new InterviewState(mode, candidates, next);
    }

    /** The state before the last answer (itself when nothing has been answered). */
    public InterviewState back() {
        return steps.isEmpty() ? this : new InterviewState(mode, candidates, steps.subList(0, steps.size() - 1));
    }

    public boolean canGoBack() {
        return !steps.isEmpty();
    }
}
