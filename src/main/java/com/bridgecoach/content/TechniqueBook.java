package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The moves a rep can make in a role-play and the words that give them away. */
public record TechniqueBook(List<String> questionStarters, List<String> negators,
                            Map<Audience, List<String>> lexicon, List<Technique> techniques) {

    public TechniqueBook {
        questionStarters = List.copyOf(questionStarters);
        negators = List.copyOf(negators);
        lexicon = Map.copyOf(lexicon);
        techniques = List.copyOf(techniques);
    }

    public Optional<Technique> technique(String id) {
        return techniques.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * One technique.
     *
     * @param trust how far the persona's trust moves when the rep uses it (negative for bad moves)
     */
    public record Technique(String id, Kind kind, String label, Rule rule, int trust, List<Audience> audiences, List<String> phrases) {
        public Technique {
            audiences = List.copyOf(audiences);
            phrases = List.copyOf(phrases);
        }

        public boolean appliesTo(Audience audience) {
            return audiences.contains(audience);
        }
    }

    /** Whether a move builds trust or costs it. */
    public enum Kind {
        GOOD("good"), BAD("bad");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        @JsonCreator
        static Kind fromJson(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind '" + id + "' (expected good or bad)");
        }
    }

    /** How a technique is recognised. */
    public enum Rule {
        /** Any of the phrases. */
        PHRASES("phrases"),
        /** A question that starts open (what, how, walk me through...) or any of the phrases. */
        OPEN_QUESTION("open_question"),
        /** At least two different words from the persona's lexicon. */
        LEXICON("lexicon");

        private final String id;

        Rule(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        @JsonCreator
        static Rule fromJson(String id) {
            for (Rule r : values()) {
                if (r.id.equals(id)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown rule '" + id + "' (expected phrases, open_question or lexicon)");
        }
    }
}
