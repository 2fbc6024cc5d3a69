package com.bridgecoach.diagnosis;

import com.bridgecoach.content.CueBook;
import com.bridgecoach.content.PatternId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds the hand-written cue phrases of {@code prompts/diagnosis/cues.yml} in a tokenized message. */
final class CueMatcher {

    /** A cue found in a message, over tokens {@code from} to {@code to} exclusive. */
    record Match(PatternId pattern, double weight, int from, int to, boolean negated) {
    }

    private record Compiled(PatternId pattern, double weight, String[] words) {
    }

    private final List<Compiled> cues = new ArrayList<>();

    CueMatcher(CueBook book) {
        for (CueBook.PatternCues group : book.cues()) {
            for (CueBook.Phrase phrase : group.phrases()) {
                List<String> words = new ArrayList<>();
                for (Token t : new Tokenizer(List.of(), 1).tokenize(phrase.text().toLowerCase(Locale.ROOT))) {
                    words.add(t.text());
                }
                // keep a trailing wildcard that the tokenizer dropped
                String[] raw = phrase.text().trim().toLowerCase(Locale.ROOT).split("\\s+");
                if (!words.isEmpty() && raw[raw.length - 1].endsWith("*")) {
                    words.set(words.size() - 1, words.get(words.size() - 1) + "*");
                }
                for (int i = 0; i < raw.length - 1 && i < words.size(); i++) {
                    if (raw[i].endsWith("*")) {
                        words.set(i, words.get(i) + "*");
                    }
                }
                if (!words.isEmpty()) {
                    cues.add(new Compiled(group.pattern(), phrase.weight(), words.toArray(String[]::new)));
                }
            }
        }
    }

    List<Match> find(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        for (Compiled cue : cues) {
            for (int i = 0; i + cue.words.length <= tokens.size(); i++) {
                if (matchesAt(cue.words, tokens, i)) {
                    boolean negated = tokens.get(i).negated();
                    matches.add(new Match(cue.pattern, cue.weight, i, i + cue.words.length, negated));
                }
            }
        }
        return matches;
    }

    private static boolean matchesAt(String[] words, List<Token> tokens, int at) {
        for (int j = 0; j < words.length; j++) {
            Token t = tokens.get(at + j);
            String w = words[j];
            if (j > 0 && t.clauseBreakBefore() && !t.text().equals(w)) {
                return false;
            }
            boolean ok = w.endsWith("*")
                    ? t.text().startsWith(w.substring(0, w.length() - 1))
                    : t.text().equals(w) || t.stem().equals(Tokenizer.stem(w));
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
