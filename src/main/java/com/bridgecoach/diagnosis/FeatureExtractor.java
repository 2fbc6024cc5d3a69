package com.bridgecoach.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a message into features: word stems (marked when negated), word pairs, character n-grams
 * (which survive typos and unseen word forms), and the sums of matched cue weights per pattern.
 */
final class FeatureExtractor {
    static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
            "is", "are", "was", "were", "be", "been", "being", "am", "it's", "its", "this", "that", "these", "those",
            "i", "i'm", "me", "my", "we", "we're", "our", "us", "you", "your", "he", "she", "his", "her", "him",
            "they", "they're", "their", "them", "there", "so", "if", "then", "than", "up", "out", "about", "into",
            "do", "does", "did", "have", "has", "had", "will", "would", "could", "should", "can", "just", "also",
            "really", "very", "too", "all", "any", "some", "what", "which", "who", "when", "where", "how", "now",
            "get", "got", "one", "like", "still", "even", "here", "over", "after", "before");

    private final Tokenizer tokenizer;
    private final CueMatcher cues;
    private final double cueScale;

    FeatureExtractor(Tokenizer tokenizer, CueMatcher cues, double cueScale) {
        this.tokenizer = tokenizer;
        this.cues = cues;
        this.cueScale = cueScale;
    }

    /** The message's tokens, matched cues and features, kept together so evidence can point back at words. */
    record Analysis(String text, List<Token> tokens, List<CueMatcher.Match> cues, List<Feature> features) {
    }

    Analysis analyse(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<Feature> lexical = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean stop = STOPWORDS.contains(t.text());
            if (!stop) {
                lexical.add(new Feature((t.negated() ? "w:not_" : "w:") + t.stem(), 1, i, i + 1));
                if (t.text().length() >= 3 && !t.text().chars().allMatch(Character::isDigit)) {
                    String padded = "<" + t.text() + ">";
                    for (int n = 3; n <= 5; n++) {
                        for (int k = 0; k + n <= padded.length(); k++) {
                            lexical.add(new Feature("c:" + padded.substring(k, k + n), 0.35, i, i + 1));
                        }
                    }
                }
            }
            if (i + 1 < tokens.size() && !tokens.get(i + 1).clauseBreakBefore()) {
                Token next = tokens.get(i + 1);
                if (!(stop && STOPWORDS.contains(next.text()))) {
                    lexical.add(new Feature("b:" + t.stem() + "_" + next.stem(), 1, i, i + 2));
                }
            }
        }
        List<Feature> features = normalise(lexical);
        List<CueMatcher.Match> matches = dropNegatedInside(cues.find(tokens));
        for (CueMatcher.Match m : matches) {
            String name = (m.negated() ? "negcue:" : "cue:") + m.pattern().id();
            features.add(new Feature(name, cueScale * m.weight(), m.from(), m.to()));
        }
        return new Analysis(text, tokens, matches, features);
    }

    /** Scales the lexical features to unit length, so a long message does not shout over a short one. */
    private static List<Feature> normalise(List<Feature> lexical) {
        double sum = 0;
        for (Feature f : lexical) {
            sum += f.value() * f.value();
        }
        double norm = sum == 0 ? 1 : Math.sqrt(sum);
        List<Feature> out = new ArrayList<>(lexical.size() + 8);
        for (Feature f : lexical) {
            out.add(new Feature(f.name(), f.value() / norm, f.from(), f.to()));
        }
        return out;
    }

    /** "no bandwidth" matches as a cue; its "bandwidth" inside must not also count as negated. */
    private static List<CueMatcher.Match> dropNegatedInside(List<CueMatcher.Match> matches) {
        List<CueMatcher.Match> kept = new ArrayList<>();
        for (CueMatcher.Match m : matches) {
            boolean swallowed = m.negated() && matches.stream().anyMatch(o -> o != m && !o.negated()
                    && o.pattern() == m.pattern() && o.from() <= m.from() && o.to() >= m.to());
            if (!swallowed) {
                kept.add(m);
            }
        }
        return kept;
    }
}
