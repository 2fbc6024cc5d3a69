package com.bridgecoach.content;

import java.util.List;

/** Word families the classifier treats as one idea ("bodies", "FTEs", "headcount" all mean staff). */
public record ConceptBook(List<Concept> concepts) {

    public ConceptBook {
        concepts = List.copyOf(concepts);
    }

    /**
     * One family. A word ending in {@code *} matches any word starting with it; a word written with
     * capitals ("IT") matches only when the rep wrote it that way, so the pronoun "it" stays out.
     */
    public record Concept(String id, List<String> words) {
        public Concept {
            words = List.copyOf(words);
        }
    }
}
