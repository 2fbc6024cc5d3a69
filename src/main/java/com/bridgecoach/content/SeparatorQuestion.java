package com.bridgecoach.content;

import java.util.List;

/** A question to the rep whose answer tells two (or more) candidate patterns apart. */
public record SeparatorQuestion(String id, List<PatternId> between, String ask, List<Answer> answers) {

    public SeparatorQuestion {
        between = List.copyOf(between);
        answers = List.copyOf(answers);
    }

    /** One answer the rep can click, and the pattern it points to. */
    public record Answer(String label, PatternId pointsTo) {
    }

    public boolean separates(PatternId a, PatternId b) {
        return between.size() == 2 && between.contains(a) && between.contains(b);
    }
}
