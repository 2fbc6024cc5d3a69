package com.bridgecoach.interview;

import com.bridgecoach.content.InterviewScript;
import com.bridgecoach.content.PatternId;
import java.util.List;
import java.util.Optional;

/** What the interview does next from a given state: ask a question, give the finding, or say it can't read the state. */
public sealed interface InterviewStep {

    /**
     * A question to ask.
     *
     * @param number  how many questions the rep has seen, this one included
     * @param options each answer with the state it leads to
     * @param state   the state the question is asked from (for Back and Start over)
     */
    record Ask(String questionId, String text, int number, List<Option> options, InterviewState state) implements InterviewStep {
        public Ask {
            options = List.copyOf(options);
        }
    }

    /** One answer a rep can click, and where it leads. */
    record Option(String label, InterviewState next) {
    }

    /**
     * Everything the interview found out. Champion, variant and stage are empty when the rep was not asked
     * (a single separating question after free text).
     *
     * @param said the labels of the answers the rep gave, in order: the evidence for the finding
     */
    record Finding(InterviewState state, PatternId pattern, Optional<InterviewScript.Champion> champion,
                   Optional<InterviewScript.Variant> variant, Optional<InterviewScript.Stage> stage,
                   List<String> said) implements InterviewStep {
        public Finding {
            said = List.copyOf(said);
        }
    }

    /** The state names questions or answers this content no longer has. */
    record Unreadable() implements InterviewStep {
    }
}
