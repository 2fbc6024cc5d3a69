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

    FeatureExtractor(CueBook cueBook, ConceptBook conceptBook, ClassifierSettings settings) {
        this.tokenizer = new Tokenizer(cueBook.negators(), cueBook.negationScope());
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
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean stop = STOPWORDS.contains(t.text());
            if (!stop) {
                sink.add(name.start(t.negated() ? "w:not_" : "w:").append(t.stem()), 1, i, i + 1);
                sum += 1;
                String word = t.text();
                if (word.length() >= 3 && !allDigits(word)) {
                    // the n-grams of the word between "<" and ">"
                    int padded = word.length() + 2;
                    for (int n = 3; n <= 5; n++) {
                        for (int k = 0; k + n <= padded; k++) {
                            sink.add(name.ngram(word, k, n), ngram, i, i + 1);
                            sum += ngram * ngram;
                        }
                    }
                }
            }
            if (i + 1 < tokens.size() && !tokens.get(i + 1).clauseBreakBefore()) {
                Token next = tokens.get(i + 1);
                if (!(stop && STOPWORDS.contains(next.text()))) {
                    sink.add(name.start("b:").append(t.stem()).append('_').append(next.stem()), 1, i, i + 2);
                    sum += 1;
                }
            }
        }
        sum = conceptFeatures(text, tokens, sink, name, sum);
        sink.divideAll(sum == 0 ? 1 : Math.sqrt(sum));
        List<PhraseMatcher.Match> matches = dropNegatedInside(cues.find(text, tokens));
        for (PhraseMatcher.Match m : matches) {
            sink.add(name.start(m.negated() ? "negcue:" : "cue:").append(m.key()), settings.cueScale() * m.weight(), m.from(), m.to());
        }
        return matches;
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
    private double conceptFeatures(String text, List<Token> tokens, FeatureSink sink, FeatureName name, double sum) {
        List<PhraseMatcher.Match> found = dropNegatedInside(concepts.find(text, tokens));
        if (found.isEmpty()) {
            return sum;
        }
        double concept = settings.conceptWeight();
        TreeMap<String, PhraseMatcher.Match> present = new TreeMap<>();
        for (PhraseMatcher.Match m : found) {
            sink.add(name.start(m.negated() ? "k:not_" : "k:").append(m.key()), concept, m.from(), m.to());
            sum += concept * concept;
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
