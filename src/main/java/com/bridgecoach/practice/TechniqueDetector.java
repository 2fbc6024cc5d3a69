package com.bridgecoach.practice;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.TechniqueBook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rep's turn for the techniques in the {@link TechniqueBook}: which moves they made, quoting the sentence
 * that made each one. Deterministic: the same words always read the same way.
 */
public final class TechniqueDetector {
    static final int MAX_QUOTE = 220;
    private static final int NEGATION_WINDOW = 4;
    private static final Set<String> FILLERS = Set.of("so", "and", "but", "okay", "ok", "well", "then", "also", "now",
            "first", "honestly", "actually", "quick", "question", "curious", "i'm", "im", "just", "out", "of", "curiosity", "maybe");
    private static final List<String> NOT_OPEN = List.of("how about", "what if", "why not", "why don't", "why dont", "what about signing");
    private static final Pattern CLAUSES = Pattern.compile("[,;:\u2014\u2013]|\\s-\\s|\\bbut\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "st", "vs", "e.g", "i.e", "etc", "approx");

    private final TechniqueBook book;
    private final Map<String, List<Pattern>> phrases = new HashMap<>();
    private final Map<Audience, List<Pattern>> lexicon = new HashMap<>();
    private final Set<String> starters;
    private final Set<String> negators;

    public TechniqueDetector(TechniqueBook book) {
        this.book = book;
        for (TechniqueBook.Technique t : book.techniques()) {
            phrases.put(t.id(), t.phrases().stream().map(TechniqueDetector::compile).toList());
        }
        book.lexicon().forEach((audience, words) -> lexicon.put(audience, words.stream().map(TechniqueDetector::compile).toList()));
        this.starters = Set.copyOf(book.questionStarters().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        this.negators = Set.copyOf(book.negators().stream().map(s -> normalize(s)).toList());
    }

    /** The techniques in one turn, one detection per technique, in the order of the book. */
    public List<Detection> detect(String turn, Audience persona) {
        List<String> sentences = sentences(turn == null ? "" : turn);
        List<String> normalized = sentences.stream().map(TechniqueDetector::normalize).toList();
        List<Detection> found = new ArrayList<>();
        for (TechniqueBook.Technique t : book.techniques()) {
            if (!t.appliesTo(persona)) {
                continue;
            }
            String quote = switch (t.rule()) {
                case PHRASES -> byPhrases(t, sentences, normalized);
                case OPEN_QUESTION -> byOpenQuestion(t, sentences, normalized);
                case LEXICON -> byLexicon(persona, sentences, normalized);
            };
            if (quote != null) {
                found.add(new Detection(t.id(), t.kind(), t.label(), quote));
            }
        }
        return found;
    }

    private String byPhrases(TechniqueBook.Technique t, List<String> sentences, List<String> normalized) {
        boolean checkNegation = t.kind() == TechniqueBook.Kind.BAD;
        for (int i = 0; i < sentences.size(); i++) {
            for (Pattern p : phrases.get(t.id())) {
                if (!checkNegation) {
                    if (p.matcher(normalized.get(i)).find()) {
                        return quote(sentences.get(i));
                    }
                    continue;
                }
                // A negation only reaches within its own clause: "if IT won't move, we'll escalate" still escalates.
                for (String clause : CLAUSES.split(sentences.get(i))) {
                    String norm = normalize(clause);
                    Matcher m = p.matcher(norm);
                    while (m.find()) {
                        if (!negated(norm, m.start())) {
                            return quote(sentences.get(i));
                        }
                    }
                }
            }
        }
        return null;
    }

    private String byOpenQuestion(TechniqueBook.Technique t, List<String> sentences, List<String> normalized) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains("?") && opensOpen(sentences.get(i))) {
                return quote(sentences.get(i));
            }
        }
        return byPhrases(t, sentences, normalized);
    }

    /** True when some clause of the question starts with an open starter: "Dana, what would..." counts. */
    private boolean opensOpen(String sentence) {
        for (String clause : sentence.split("[,;:\u2014\u2013]|\\s-\\s")) {
            String norm = normalize(clause);
            if (NOT_OPEN.stream().anyMatch(norm::startsWith)) {
                continue;
            }
            for (String word : norm.split(" ")) {
                if (word.isEmpty() || FILLERS.contains(word)) {
                    continue;
                }
                if (starters.contains(word)) {
                    return true;
                }
                break;
            }
        }
        return false;
    }

    private String byLexicon(Audience persona, List<String> sentences, List<String> normalized) {
        List<Pattern> words = lexicon.getOrDefault(persona, List.of());
        Set<String> distinct = new LinkedHashSet<>();
        int best = -1;
        int bestCount = 0;
        for (int i = 0; i < sentences.size(); i++) {
            int count = 0;
            for (Pattern w : words) {
                Matcher m = w.matcher(normalized.get(i));
                if (m.find()) {
                    distinct.add(w.pattern());
                    count++;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                best = i;
            }
        }
        return distinct.size() >= 2 ? quote(sentences.get(best)) : null;
    }

    private boolean negated(String sentence, int start) {
        String before = sentence.substring(0, start).strip();
        if (before.isEmpty()) {
            return false;
        }
        String[] words = before.split(" ");
        for (int i = Math.max(0, words.length - NEGATION_WINDOW); i < words.length; i++) {
            if (negators.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** "word*" matches any ending; ".." allows up to four words in between; everything else is literal and whole-word. */
    static Pattern compile(String phrase) {
        String[] tokens = normalize(phrase).split(" ");
        StringBuilder regex = new StringBuilder("(?<![\\w'])");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            boolean last = i == tokens.length - 1;
            if (token.equals("..")) {
                regex.append("(?:[\\w'-]+ ){0,4}");
                continue;
            }
            if (token.endsWith("*")) {
                regex.append(Pattern.quote(token.substring(0, token.length() - 1))).append("[\\w'-]*");
            } else {
                regex.append(Pattern.quote(token));
            }
            regex.append(last ? "(?![\\w'])" : " ");
        }
        return Pattern.compile(regex.toString());
    }

    /** Lower case, curly quotes straightened, punctuation (except ' - * and ..) turned into single spaces. */
    static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = Character.isLetterOrDigit(c) || c == '\'' || c == '*'
                    || (c == '-' && i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1)))
                    || (c == '.' && s.startsWith("..", i > 0 && s.charAt(i - 1) == '.' ? i - 1 : i));
            out.append(keep ? c : ' ');
        }
        return out.toString().trim().replaceAll("\\s+", " ");
    }

    /** Splits a turn into sentences, keeping "Dr. Chen" together. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            current.append(c);
            boolean end = c == '\n' || ((c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
            if (end && c == '.' && ABBREVIATIONS.contains(lastWord(current))) {
                end = false;
            }
            if (end) {
                add(out, current);
            }
        }
        add(out, current);
        return out;
    }

    private static String lastWord(StringBuilder s) {
        String t = s.substring(0, s.length() - 1).strip();
        int space = Math.max(t.lastIndexOf(' '), t.lastIndexOf('('));
        return t.substring(space + 1).toLowerCase(Locale.ROOT);
    }

    private static void add(List<String> out, StringBuilder current) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }

    static String quote(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        return s.length() <= MAX_QUOTE ? s : s.substring(0, MAX_QUOTE - 1).stripTrailing() + "\u2026";
    }
}
