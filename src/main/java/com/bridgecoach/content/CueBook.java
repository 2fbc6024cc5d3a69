package com.bridgecoach.content;

import java.util.List;

/** Hand-written phrase cues per pattern, with the words that negate them. */
public record CueBook(List<String> negators, int negationScope, List<PatternCues> cues) {

    public CueBook {
        negators = List.copyOf(negators);
        cues = List.copyOf(cues);
    }

    public record PatternCues(PatternId pattern, List<Phrase> phrases) {
        public PatternCues {
            phrases = List.copyOf(phrases);
        }
    }

    /** A word sequence; a word ending in {@code *} matches any word that starts with it. */
    public record Phrase(String text, double weight) {
    }
}
