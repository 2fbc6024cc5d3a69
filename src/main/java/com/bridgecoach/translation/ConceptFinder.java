package com.bridgecoach.translation;

import com.bridgecoach.content.TermMatcher;
import com.bridgecoach.content.TranslationConcept;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the selling concepts a claim talks about, in the order it mentions them. */
final class ConceptFinder {
    private final TermMatcher matcher;
    private final Map<String, TranslationConcept> byTerm = new HashMap<>();

    ConceptFinder(List<TranslationConcept> concepts) {
        List<String> terms = new ArrayList<>();
        for (TranslationConcept c : concepts) {
            for (String term : c.match()) {
                terms.add(term);
                byTerm.put(term, c);
            }
        }
        this.matcher = new TermMatcher(terms);
    }

    List<TranslationConcept> find(String text) {
        Set<TranslationConcept> found = new LinkedHashSet<>();
        for (TermMatcher.Match m : matcher.find(text)) {
            found.add(byTerm.get(m.term()));
        }
        return new ArrayList<>(found);
    }
}
