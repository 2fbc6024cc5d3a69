package com.bridgecoach.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-written phrase cues per pattern, with the words that negate them, the spellings reps use for a word
 * ("bc", "secuirty") read as that word before anything else looks at the message, and the words that mark where
 * a rep turns to the point.
 */
public record CueBook(List<String> negators, int negationScope, List<PatternCues> cues, Map<String, String> spellings,
                      PointTurns pointTurns) {

    public CueBook {
        negators = List.copyOf(negators);
        cues = List.copyOf(cues);
        spellings = Collections.unmodifiableMap(new TreeMap<>(spellings));
    }

    /**
     * Where a rep sets something aside and turns to the point ("it's not a budget thing, it's that…", "the real
     * blocker is…", "actually…"): the words before the turn count {@code setAside} as much as the rest.
     *
     * @param turnWords after one of these, what follows is what the rep means ("actually…", "turns out…")
     * @param pointing  after "the" one of these names the point ("the real…", "the main…")
     * @param snags     "the hangup is…", "the problem was…", "not a budget thing, …": the rest names the point
     * @param setAside  how much a word before the turn counts, between 0 and 1
     */
    public record PointTurns(List<String> turnWords, List<String> pointing, List<String> snags, double setAside) {
        public PointTurns {
            turnWords = List.copyOf(turnWords);
            pointing = List.copyOf(pointing);
            snags = List.copyOf(snags);
        }
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
