package com.bridgecoach.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a rep's message into words with their offsets, stems, and negation scope. Slack markup (mentions, channel
 * links, URLs, :emoji: codes) is not words; a rep's own spelling of a word ("bc", "b/c", "secuirty") reads as the word.
 */
final class Tokenizer {
    /** A word, or a letter, a slash and at most one letter ("b/c", "w/", "w/o"). */
    private static final Pattern WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])\\p{L}/\\p{L}?(?![\\p{L}\\p{N}/])|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    /** Slack's mentions, channel and special mentions, links and bare URLs, and emoji codes such as {@code :shrug:}. */
    private static final Pattern MARKUP = Pattern.compile(
            "<[@#!][^<>]*>|<(?:https?|mailto):[^<>]*>|https?://\\S+|(?<![\\p{L}\\p{N}]):[a-z0-9_+'-]+:(?![\\p{L}\\p{N}])");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[.,;:!?()\\[\\]\"—–]|\\s-\\s");
    private static final Set<String> CONTRAST = Set.of("but", "though", "although", "however", "yet", "instead", "rather", "except", "just");

    private final Set<String> negators;
    private final int scope;
    private final Map<String, String> spellings;

    Tokenizer(List<String> negators, int scope) {
        this(negators, scope, Map.of());
    }

    /** {@code spellings}: a rep's spelling (lower case) and the word it is read as. */
    Tokenizer(List<String> negators, int scope, Map<String, String> spellings) {
        this.negators = Set.copyOf(negators.stream().map(Tokenizer::normalise).toList());
        this.scope = scope;
        this.spellings = Map.copyOf(spellings);
    }

    List<Token> tokenize(String message) {
        List<Token> tokens = new ArrayList<>();
        String words = withoutMarkup(message);
        Matcher m = WORD.matcher(words);
        Matcher between = CLAUSE_PUNCTUATION.matcher(words);
        int previousEnd = 0;
        int negationLeft = 0;
        while (m.find()) {
            String word = normalise(m.group());
            word = spellings.getOrDefault(word, word);
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

    /** {@code message} with Slack markup blanked out, so the words keep their offsets in the original. */
    static String withoutMarkup(String message) {
        if (cannotHoldMarkup(message)) {
            return message;
        }
        Matcher markup = MARKUP.matcher(message);
        if (!markup.find()) {
            return message;
        }
        StringBuilder blanked = new StringBuilder(message);
        do {
            for (int i = markup.start(); i < markup.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        } while (markup.find());
        return blanked.toString();
    }

    /** Most messages: no '<', no "://" and at most one ':', so no markup can be in them and the pattern need not run. */
    private static boolean cannotHoldMarkup(String message) {
        if (message.indexOf('<') >= 0 || message.contains("://")) {
            return false;
        }
        int colon = message.indexOf(':');
        return colon < 0 || message.indexOf(':', colon + 1) < 0;
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
