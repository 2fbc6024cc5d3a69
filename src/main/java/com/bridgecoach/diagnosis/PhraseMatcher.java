package com.bridgecoach.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds word sequences in a tokenized message. A word ending in {@code *} is a prefix; a word written
 * with capitals matches only the same capitals in the message; otherwise words match by text or stem.
 */
final class PhraseMatcher {

    /** A phrase to look for, and what it stands for. */
    record Phrase(String key, String text, double weight) {
    }

    /** A phrase found over tokens {@code from} to {@code to} (exclusive). */
    record Match(String key, double weight, int from, int to, boolean negated) {
    }

    /** {@code lower} and {@code stem} are worked out once here, not at every token the phrase is tried against. */
    private record Word(String text, boolean prefix, boolean caseSensitive, String lower, String stem) {
        Word(String text, boolean prefix, boolean caseSensitive) {
            this(text, prefix, caseSensitive, text.toLowerCase(Locale.ROOT), Tokenizer.stem(text.toLowerCase(Locale.ROOT)));
        }
    }

    private record Compiled(String key, double weight, Word[] words) {
    }

    private final List<Compiled> phrases = new ArrayList<>();

    PhraseMatcher(List<Phrase> entries) {
        for (Phrase p : entries) {
            List<Word> words = new ArrayList<>();
            for (String raw : p.text().strip().split("[\\s]+")) {
                boolean prefix = raw.endsWith("*");
                String w = prefix ? raw.substring(0, raw.length() - 1) : raw;
                w = w.replace('’', '\'');
                if (w.isEmpty()) {
                    continue;
                }
                boolean caseSensitive = !w.equals(w.toLowerCase(Locale.ROOT));
                // split on punctuation the tokenizer treats as a break ("go-live" is two words to it)
                String[] parts = w.split("[^\\p{L}\\p{N}']+");
                for (int i = 0; i < parts.length; i++) {
                    if (!parts[i].isEmpty()) {
                        words.add(new Word(parts[i], prefix && i == parts.length - 1, caseSensitive));
                    }
                }
            }
            if (!words.isEmpty()) {
                phrases.add(new Compiled(p.key(), p.weight(), words.toArray(Word[]::new)));
            }
        }
    }

    List<Match> find(String original, List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        for (Compiled phrase : phrases) {
            for (int i = 0; i + phrase.words.length <= tokens.size(); i++) {
                if (matchesAt(phrase.words, original, tokens, i)) {
                    matches.add(new Match(phrase.key, phrase.weight, i, i + phrase.words.length, tokens.get(i).negated()));
                }
            }
        }
        return matches;
    }

    private static boolean matchesAt(Word[] words, String original, List<Token> tokens, int at) {
        for (int j = 0; j < words.length; j++) {
            Token t = tokens.get(at + j);
            Word w = words[j];
            if (j > 0 && t.clauseBreakBefore()) {
                return false;
            }
            boolean ok;
            if (w.caseSensitive) {
                int length = t.end() - t.start();
                ok = (w.prefix ? length >= w.text.length() : length == w.text.length()) && original.startsWith(w.text, t.start());
            } else {
                ok = w.prefix ? t.text().startsWith(w.lower) : t.text().equals(w.lower) || t.stem().equals(w.stem);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
