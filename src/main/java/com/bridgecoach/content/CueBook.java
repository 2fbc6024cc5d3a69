package com.bridgecoach.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-written phrase cues per pattern, with the words that negate them, and the spellings reps use for a word
 * ("bc", "secuirty") read as that word before anything else looks at the message.
 */
public record CueBook(List<String> negators, int negationScope, List<PatternCues> cues, Map<String, String> spellings) {

    public CueBook {
        negators = List.copyOf(negators);
        cues = List.copyOf(cues);
        spellings = Collections.unmodifiableMap(new TreeMap<>(spellings));
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
