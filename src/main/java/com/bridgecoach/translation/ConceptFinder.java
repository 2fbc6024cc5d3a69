package com.bridgecoach.translation;

import com.bridgecoach.content.ConceptNegation;
import com.bridgecoach.content.TermMatcher;
import com.bridgecoach.content.TranslationConcept;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the selling concepts a claim talks about, in the order it mentions them. A concept the claim says is
 * absent ("needs no on-prem servers") counts as the concept that absence means, when there is one, and not at
 * all when the absence leaves nothing to say ("needs no training").
 */
final class ConceptFinder {
    /** Where a clause ends: a negator before one of these does not reach past it ("no downtime, and hosted"). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?()\\n]|\\b(?:and|or|but|while|with|so|because)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

    private final TermMatcher matcher;
    private final Map<String, TranslationConcept> byTerm = new HashMap<>();
    private final Map<String, TranslationConcept> byId = new HashMap<>();
    private final ConceptNegation negation;
    private final Set<String> negators = new HashSet<>();

    ConceptFinder(List<TranslationConcept> concepts, ConceptNegation negation) {
        List<String> terms = new ArrayList<>();
        for (TranslationConcept c : concepts) {
            byId.put(c.id(), c);
            for (String term : c.match()) {
                terms.add(term);
                byTerm.put(term, c);
            }
        }
        this.matcher = new TermMatcher(terms);
        this.negation = negation;
        negation.negators().forEach(n -> negators.add(normal(n)));
    }

    List<TranslationConcept> find(String text) {
        Set<TranslationConcept> found = new LinkedHashSet<>();
        for (TermMatcher.Match m : matcher.find(text)) {
            TranslationConcept named = byTerm.get(m.term());
            String meant = negation.opposites().get(named.id());
            boolean dropped = negation.dropped().contains(named.id());
            if ((meant == null && !dropped) || !negated(text.substring(0, m.start()))) {
                found.add(named);
            } else if (meant != null) {
                found.add(byId.get(meant));
            }
        }
        return new ArrayList<>(found);
    }

    /** True when one of the last few words of the clause before a term says it is absent. */
    private boolean negated(String before) {
        var breaks = CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (breaks.find()) {
            clauseStart = breaks.end();
        }
        List<String> words = new ArrayList<>();
        var w = WORD.matcher(before.substring(clauseStart));
        while (w.find()) {
            words.add(normal(w.group()));
        }
        for (int i = Math.max(0, words.size() - negation.scope()); i < words.size(); i++) {
            if (negators.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
