package com.bridgecoach.diagnosis;

import com.bridgecoach.content.ClassifierSettings;
import com.bridgecoach.content.ConceptBook;
import com.bridgecoach.content.CueBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a message into features: word stems (marked when negated), word pairs, character n-grams
 * (which survive typos and unseen word forms), word families and pairs of them, and the matched
 * cue weights per pattern.
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
    private final PhraseMatcher cues;
    private final PhraseMatcher concepts;
    private final ClassifierSettings settings;
    /** Where a rep turns to the point (cues.yml, point_turns), and how much what comes before counts. */
    private final Set<String> turns;
    private final Set<String> pointing;
    private final Set<String> snags;
    private final double setAside;

    FeatureExtractor(CueBook cueBook, ConceptBook conceptBook, ClassifierSettings settings) {
        this.tokenizer = new Tokenizer(cueBook.negators(), cueBook.negationScope(), cueBook.spellings());
        List<PhraseMatcher.Phrase> cuePhrases = new ArrayList<>();
        for (CueBook.PatternCues group : cueBook.cues()) {
            for (CueBook.Phrase p : group.phrases()) {
                cuePhrases.add(new PhraseMatcher.Phrase(group.pattern().id(), p.text(), p.weight()));
            }
        }
        this.cues = new PhraseMatcher(cuePhrases);
        List<PhraseMatcher.Phrase> conceptWords = new ArrayList<>();
        for (ConceptBook.Concept c : conceptBook.concepts()) {
            for (String w : c.words()) {
                conceptWords.add(new PhraseMatcher.Phrase(c.id(), w, 1));
            }
        }
        this.concepts = new PhraseMatcher(conceptWords);
        this.settings = settings;
        CueBook.PointTurns point = cueBook.pointTurns();
        this.turns = Set.copyOf(point.turnWords());
        this.pointing = Set.copyOf(point.pointing());
        this.snags = Set.copyOf(point.snags());
        this.setAside = point.setAside();
    }

    /** The message's tokens, matched cues and features, kept together so evidence can point back at words. */
    record Analysis(String text, List<Token> tokens, List<PhraseMatcher.Match> cues, EncodedFeatures features) {
    }

    /** The features by name: what training learns from. */
    List<Feature> features(String text) {
        NamedFeatures named = new NamedFeatures();
        extract(text, tokenizer.tokenize(text), named);
        return named.features();
    }

    /** The features as {@code model}'s ids, with what evidence needs: what diagnosis works from. */
    Analysis analyse(String text, SoftmaxModel model) {
        List<Token> tokens = tokenizer.tokenize(text);
        // a word gives at most three character n-grams per letter, a stem and a word pair
        EncodedFeatures encoded = new EncodedFeatures(model, 3 * text.length() + 2 * tokens.size() + 16);
        List<PhraseMatcher.Match> cueMatches = extract(text, tokens, encoded);
        return new Analysis(text, tokens, cueMatches, encoded);
    }

    /**
     * Puts the message's features into {@code sink}, always in the same order: per word its stem, its character
     * n-grams and the pair it starts; then the word families and their pairs; all of those scaled to unit length
     * (so a long message does not shout over a short one); then the matched cues. Returns the cues matched.
     */
    private List<PhraseMatcher.Match> extract(String text, List<Token> tokens, FeatureSink sink) {
        FeatureName name = new FeatureName();
        double ngram = settings.charNgramWeight();
        double sum = 0;
        int point = pointStart(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean stop = STOPWORDS.contains(t.text());
            double scale = i < point ? setAside : 1;
            if (!stop) {
                sink.add(name.start(t.negated() ? "w:not_" : "w:").append(t.stem()), scale, i, i + 1);
                sum += scale * scale;
                String word = t.text();
                if (word.length() >= 3 && !allDigits(word)) {
                    // the n-grams of the word between "<" and ">"
                    int padded = word.length() + 2;
                    for (int n = 3; n <= 5; n++) {
                        for (int k = 0; k + n <= padded; k++) {
                            sink.add(name.ngram(word, k, n), scale * ngram, i, i + 1);
                            sum += scale * ngram * scale * ngram;
                        }
                    }
                }
            }
            if (i + 1 < tokens.size() && !tokens.get(i + 1).clauseBreakBefore()) {
                Token next = tokens.get(i + 1);
                if (!(stop && STOPWORDS.contains(next.text()))) {
                    sink.add(name.start("b:").append(t.stem()).append('_').append(next.stem()), scale, i, i + 2);
                    sum += scale * scale;
                }
            }
        }
        sum = conceptFeatures(text, tokens, sink, name, sum, point);
        sink.divideAll(sum == 0 ? 1 : Math.sqrt(sum));
        List<PhraseMatcher.Match> matches = dropNegatedInside(cues.find(text, tokens));
        for (PhraseMatcher.Match m : matches) {
            double scale = m.from() < point ? setAside : 1;
            sink.add(name.start(m.negated() ? "negcue:" : "cue:").append(m.key()), scale * settings.cueScale() * m.weight(), m.from(), m.to());
        }
        return matches;
    }

    /**
     * The index of the first word of the message's point, when the rep first sets something aside ("it's not the
     * budget, it's that…", "not a money thing, they…", "security passed; the real blocker is…", "I thought it was
     * timing but actually…");
     * 0 when there is no such turn. A "but" turns only after a negation ("not a budget thing but…"), since
     * "the CMO loves it but IT…" keeps both halves.
     */
    int pointStart(List<Token> tokens) {
        int start = 0;
        boolean negatedBefore = false;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).text();
            String next = tokens.get(i + 1).text();
            negatedBefore |= tokens.get(i - 1).negated();
            if (turns.contains(w) || (w.equals("but") && negatedBefore)) {
                start = i + 1;
            } else if (pointing.contains(w) && tokens.get(i - 1).text().equals("the")) {
                start = i + 1;
            } else if (snags.contains(w) && tokens.get(i).negated() && tokens.get(i + 1).clauseBreakBefore()) {
                start = i + 1;
            } else if ((w.equals("it's") || w.equals("its")) && next.equals("that")) {
                start = i + 2;
            } else if (snags.contains(w) && (next.equals("is") || next.equals("was"))
                    && (!w.equals("up") || tokens.get(i - 1).text().equals("hang") || tokens.get(i - 1).text().equals("hold"))) {
                start = i + 2;
            }
        }
        return start;
    }

    private static boolean allDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One feature per word family present (negated apart), and one per pair of families present together.
     * Returns {@code sum} plus the squares of the values added.
     */
    private double conceptFeatures(String text, List<Token> tokens, FeatureSink sink, FeatureName name, double sum, int point) {
        List<PhraseMatcher.Match> found = dropNegatedInside(concepts.find(text, tokens));
        if (found.isEmpty()) {
            return sum;
        }
        double concept = settings.conceptWeight();
        TreeMap<String, PhraseMatcher.Match> present = new TreeMap<>();
        for (PhraseMatcher.Match m : found) {
            double value = m.from() < point ? setAside * concept : concept;
            sink.add(name.start(m.negated() ? "k:not_" : "k:").append(m.key()), value, m.from(), m.to());
            sum += value * value;
            if (!m.negated()) {
                present.putIfAbsent(m.key(), m);
            }
        }
        double half = settings.pairWeight() / 2;
        List<PhraseMatcher.Match> families = new ArrayList<>(present.values());
        for (int a = 0; a < families.size(); a++) {
            for (int b = a + 1; b < families.size(); b++) {
                PhraseMatcher.Match x = families.get(a);
                PhraseMatcher.Match y = families.get(b);
                sink.add(name.start("kk:").append(x.key()).append('+').append(y.key()), half, x.from(), x.to());
                sum += half * half;
                sink.add(name.start("kk:").append(x.key()).append('+').append(y.key()), half, y.from(), y.to());
                sum += half * half;
            }
        }
        return sum;
    }

    /** "no bandwidth" matches as a phrase; its "bandwidth" inside must not also count as negated. */
    private static List<PhraseMatcher.Match> dropNegatedInside(List<PhraseMatcher.Match> matches) {
        List<PhraseMatcher.Match> kept = new ArrayList<>(matches.size());
        for (PhraseMatcher.Match m : matches) {
            if (!(m.negated() && swallowed(m, matches))) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean swallowed(PhraseMatcher.Match m, List<PhraseMatcher.Match> matches) {
        for (PhraseMatcher.Match o : matches) {
            if (o != m && !o.negated() && o.key().equals(m.key()) && o.from() <= m.from() && o.to() >= m.to()) {
                return true;
            }
        }
        return false;
    }
}
