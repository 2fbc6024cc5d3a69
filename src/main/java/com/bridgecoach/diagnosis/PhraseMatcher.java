package com.bridgecoach.diagnosis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    /** Phrases by a word or stem their first word matches exactly: only these are tried at a token with that text or stem. */
    private final Map<String, int[]> byFirstWord = new HashMap<>();
    /** Phrases whose first word is a lower-case prefix, by its first letter. */
    private final Map<Character, int[]> byFirstLetter = new HashMap<>();
    /** Phrases whose first word is a prefix written with capitals: tried at every token. */
    private int[] everywhere = new int[0];

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
                index(phrases.size(), words.get(0));
                phrases.add(new Compiled(p.key(), p.weight(), words.toArray(Word[]::new)));
            }
        }
    }

    /**
     * Files a phrase under what a token must be for its first word to match: its text or stem (a capitalised
     * word, matched against the original, lower-cases to its text), the first letter of a prefix, or nothing.
     */
    private void index(int phrase, Word first) {
        if (!first.prefix) {
            add(byFirstWord, first.lower, phrase);
            if (!first.caseSensitive && !first.stem.equals(first.lower)) {
                add(byFirstWord, first.stem, phrase);
            }
        } else if (!first.caseSensitive) {
            add(byFirstLetter, first.lower.charAt(0), phrase);
        } else {
            everywhere = append(everywhere, phrase);
        }
    }

    private static <K> void add(Map<K, int[]> index, K key, int phrase) {
        index.merge(key, new int[] {phrase}, (a, b) -> append(a, phrase));
    }

    private static int[] append(int[] a, int value) {
        int[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = value;
        return out;
    }

    /** Every match, by phrase in content order, then by position in the message. */
    List<Match> find(String original, List<Token> tokens) {
        long[] found = new long[8];
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int[][] candidates = {
                byFirstWord.get(t.text()),
                t.stem().equals(t.text()) ? null : byFirstWord.get(t.stem()),
                t.text().isEmpty() ? null : byFirstLetter.get(t.text().charAt(0)),
                everywhere};
            for (int[] list : candidates) {
                if (list == null) {
                    continue;
                }
                for (int phrase : list) {
                    Word[] words = phrases.get(phrase).words;
                    if (i + words.length <= tokens.size() && matchesAt(words, original, tokens, i)) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = (long) phrase << 32 | i;
                    }
                }
            }
        }
        Arrays.sort(found, 0, count);
        List<Match> matches = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            if (j > 0 && found[j] == found[j - 1]) {
                continue; // a first word filed under both its text and its stem
            }
            Compiled phrase = phrases.get((int) (found[j] >>> 32));
            int at = (int) found[j];
            matches.add(new Match(phrase.key, phrase.weight, at, at + phrase.words.length, tokens.get(at).negated()));
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
