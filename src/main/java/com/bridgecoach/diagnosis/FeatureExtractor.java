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
    record Analysis(String text, List<Token> tokens, List<PhraseMatcher.Match> cues, List<Feature> features) {
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
                            lexical.add(new Feature("c:" + padded.substring(k, k + n), settings.charNgramWeight(), i, i + 1));
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
        lexical.addAll(conceptFeatures(text, tokens));
        List<Feature> features = normalise(lexical);
        List<PhraseMatcher.Match> matches = dropNegatedInside(cues.find(text, tokens));
        for (PhraseMatcher.Match m : matches) {
            String name = (m.negated() ? "negcue:" : "cue:") + m.key();
            features.add(new Feature(name, settings.cueScale() * m.weight(), m.from(), m.to()));
        }
        return new Analysis(text, tokens, matches, features);
    }

    /** One feature per word family present (negated apart), and one per pair of families present together. */
    private List<Feature> conceptFeatures(String text, List<Token> tokens) {
        List<Feature> out = new ArrayList<>();
        TreeMap<String, PhraseMatcher.Match> present = new TreeMap<>();
        for (PhraseMatcher.Match m : dropNegatedInside(concepts.find(text, tokens))) {
            out.add(new Feature((m.negated() ? "k:not_" : "k:") + m.key(), settings.conceptWeight(), m.from(), m.to()));
            if (!m.negated()) {
                present.putIfAbsent(m.key(), m);
            }
        }
        List<String> ids = new ArrayList<>(present.keySet());
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                String name = "kk:" + ids.get(a) + "+" + ids.get(b);
                PhraseMatcher.Match x = present.get(ids.get(a));
                PhraseMatcher.Match y = present.get(ids.get(b));
                out.add(new Feature(name, settings.pairWeight() / 2, x.from(), x.to()));
                out.add(new Feature(name, settings.pairWeight() / 2, y.from(), y.to()));
            }
        }
        return out;
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

    /** "no bandwidth" matches as a phrase; its "bandwidth" inside must not also count as negated. */
    private static List<PhraseMatcher.Match> dropNegatedInside(List<PhraseMatcher.Match> matches) {
        List<PhraseMatcher.Match> kept = new ArrayList<>();
        for (PhraseMatcher.Match m : matches) {
            boolean swallowed = m.negated() && matches.stream().anyMatch(o -> o != m && !o.negated()
                    && o.key().equals(m.key()) && o.from() <= m.from() && o.to() >= m.to());
            if (!swallowed) {
                kept.add(m);
            }
        }
        return kept;
    }
}
