package com.bridgecoach.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a rep's message into words with their offsets, stems, and negation scope. */
final class Tokenizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[.,;:!?()\\[\\]\"—–]|\\s-\\s");
    private static final Set<String> CONTRAST = Set.of("but", "though", "although", "however", "yet", "instead", "rather", "except", "just");

    private final Set<String> negators;
    private final int scope;

    Tokenizer(List<String> negators, int scope) {
        this.negators = Set.copyOf(negators.stream().map(Tokenizer::normalise).toList());
        this.scope = scope;
    }

    List<Token> tokenize(String message) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(message);
        Matcher between = CLAUSE_PUNCTUATION.matcher(message);
        int previousEnd = 0;
        int negationLeft = 0;
        while (m.find()) {
            String word = normalise(m.group());
            boolean clauseBreak = !tokens.isEmpty()
                    && (between.region(previousEnd, m.start()).find() || CONTRAST.contains(word));
            if (clauseBreak) {
                negationLeft = 0;
            }
            boolean negated = negationLeft > 0;
            tokens.add(new Token(word, stem(word), m.start(), m.end(), negated, clauseBreak));
            if (negationLeft > 0) {
                negationLeft--;
            }
            if (isNegator(word)) {
                negationLeft = scope;
            }
            previousEnd = m.end();
        }
        return tokens;
    }

    boolean isNegator(String word) {
        return negators.contains(word) || (negators.contains("n't") && word.endsWith("n't"));
    }

    static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** A deliberately light stemmer: enough to fold plurals and -ing/-ed forms, never so much that words collide. */
    static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }
}
