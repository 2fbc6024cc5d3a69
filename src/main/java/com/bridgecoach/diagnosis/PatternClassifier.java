package com.bridgecoach.diagnosis;

import com.bridgecoach.content.ClassifierSettings;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.PatternId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Names the CMO–CIO conflict pattern in a rep's own words. Hand-written cues (with negation scope)
 * and a model trained on the example utterances are combined into calibrated probabilities; below
 * the abstain threshold the coach asks rather than guesses. The model is trained at build time and
 * shipped in the jar ({@link #forContent}); content that differs from the build's is trained on at start-up.
 */
public final class PatternClassifier {
    static final long SEED = 42L;
    private static final PatternId[] CLASSES = PatternId.values();
    private static final int MAX_EVIDENCE = 3;
    private static final Comparator<Diagnosis.Alternative> MOST_LIKELY_FIRST =
            Comparator.comparingDouble(Diagnosis.Alternative::confidence).reversed();
    private static final Comparator<Span> STRONGEST_FIRST = Comparator.comparingDouble(Span::score).reversed();
    private static final Comparator<Span> IN_READING_ORDER = Comparator.comparingInt(Span::from);

    private final FeatureExtractor extractor;
    private final SoftmaxModel model;
    private final ClassifierSettings settings;
    private final ModelOrigin origin;
    private final Cache<String, Diagnosis> recent;

    /** A classifier with a model trained now on the content's example utterances. */
    public PatternClassifier(Content content) {
        this(content, extractorFor(content), null, ModelOrigin.TRAINED);
    }

    /** With {@code model}, or a model trained now when it is null. */
    PatternClassifier(Content content, FeatureExtractor extractor, SoftmaxModel model, ModelOrigin origin) {
        this.settings = content.classifier();
        this.extractor = extractor;
        this.model = model != null ? model : train(content, extractor);
        this.origin = origin;
        // upkeep on the calling thread: handing it to the common pool costs a wake-up per new text, and a thread
        this.recent = Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();
    }

    /**
     * A classifier for this content: with the model bundled in the jar when it was trained on exactly this
     * content (the usual case, and fast), otherwise with a model trained now; {@link #modelOrigin} says which.
     */
    public static PatternClassifier forContent(Content content) {
        return forContent(content, PatternClassifier.class.getResourceAsStream(ModelBundle.RESOURCE));
    }

    /** As {@link #forContent(Content)}, with the bundle read from {@code bundle} (null: there is none). */
    static PatternClassifier forContent(Content content, InputStream bundle) {
        FeatureExtractor extractor = extractorFor(content);
        if (bundle == null) {
            return new PatternClassifier(content, extractor, null, ModelOrigin.TRAINED_NO_BUNDLE);
        }
        try (bundle) {
            Optional<SoftmaxModel> bundled = ModelBundle.read(bundle.readAllBytes(), TrainingFingerprint.of(content), CLASSES.length);
            return bundled.map(m -> new PatternClassifier(content, extractor, m, ModelOrigin.BUNDLED))
                    .orElseGet(() -> new PatternClassifier(content, extractor, null, ModelOrigin.TRAINED_CONTENT_DIFFERS));
        } catch (IOException | ModelBundle.DamagedException e) {
            return new PatternClassifier(content, extractor, null, ModelOrigin.TRAINED_BUNDLE_DAMAGED);
        }
    }

    static FeatureExtractor extractorFor(Content content) {
        return new FeatureExtractor(content.cues(), content.concepts(), content.classifier());
    }

    /** Trains the model on the content's example utterances, as the build does for the jar. */
    static SoftmaxModel train(Content content, FeatureExtractor extractor) {
        List<SoftmaxModel.Example> examples = new ArrayList<>();
        for (PatternId id : CLASSES) {
            for (String text : content.examples().getOrDefault(id, List.of())) {
                examples.add(new SoftmaxModel.Example(extractor.features(text), id.ordinal()));
            }
        }
        ClassifierSettings settings = content.classifier();
        return SoftmaxModel.train(examples, CLASSES.length, settings.epochs(), settings.regularization(), SEED);
    }

    /** Where this classifier's model came from. */
    public ModelOrigin modelOrigin() {
        return origin;
    }

    public Diagnosis classify(String text) {
        return recent.get(text.strip(), this::diagnose);
    }

    private Diagnosis diagnose(String text) {
        return diagnose(extractor.analyse(text, model));
    }

    Diagnosis diagnose(FeatureExtractor.Analysis analysis) {
        double[] p = probabilities(analysis);
        List<Diagnosis.Alternative> ranked = new ArrayList<>(CLASSES.length);
        for (PatternId id : CLASSES) {
            ranked.add(new Diagnosis.Alternative(id, round(p[id.ordinal()])));
        }
        ranked.sort(MOST_LIKELY_FIRST);
        List<Diagnosis.Alternative> conflicts = new ArrayList<>(CLASSES.length);
        for (Diagnosis.Alternative a : ranked) {
            if (a.pattern().isConflict()) {
                conflicts.add(a);
            }
        }
        Diagnosis.Alternative first = conflicts.get(0);
        Diagnosis.Alternative second = conflicts.get(1);
        double unclear = p[PatternId.UNCLEAR.ordinal()];

        if (unclear >= first.confidence() || first.confidence() < settings.abstainBelow() || !analysis.features().knowsAWord()) {
            List<Diagnosis.Alternative> candidates = conflicts.subList(0, Math.min(3, conflicts.size()));
            return new Diagnosis(PatternId.UNCLEAR, round(Math.max(unclear, 1 - first.confidence())),
                    List.of(), candidates, Certainty.UNCLEAR);
        }
        Certainty certainty = first.confidence() - second.confidence() < settings.ambiguousMargin()
                ? Certainty.AMBIGUOUS : Certainty.CONFIDENT;
        List<Diagnosis.Alternative> alternatives = new ArrayList<>(3);
        for (Diagnosis.Alternative a : ranked) {
            if (a.pattern() != first.pattern() && alternatives.size() < 3) {
                alternatives.add(a);
            }
        }
        return new Diagnosis(first.pattern(), first.confidence(), evidence(analysis, first.pattern()), alternatives, certainty);
    }

    /** The calibrated probability of each pattern, by ordinal. */
    double[] probabilities(FeatureExtractor.Analysis analysis) {
        double[] p = model.logits(analysis.features());
        p[PatternId.UNCLEAR.ordinal()] += settings.unclearBias();
        for (int i = 0; i < p.length; i++) {
            p[i] /= settings.temperature();
        }
        SoftmaxModel.softmaxInPlace(p);
        return p;
    }

    /** The spans of the message that pushed hardest towards {@code pattern}, quoted as the rep wrote them. */
    private List<String> evidence(FeatureExtractor.Analysis analysis, PatternId pattern) {
        int n = analysis.tokens().size();
        double[] weight = new double[n];
        EncodedFeatures features = analysis.features();
        for (int j = 0; j < features.size(); j++) {
            double c = model.contribution(features.id(j), features.value(j), pattern.ordinal());
            int from = features.from(j);
            int to = features.to(j);
            for (int i = from; i < to; i++) {
                weight[i] += c / (to - from);
            }
        }
        List<Span> spans = new ArrayList<>();
        for (PhraseMatcher.Match m : analysis.cues()) {
            if (m.key().equals(pattern.id()) && !m.negated()) {
                double score = 0;
                for (int i = m.from(); i < m.to(); i++) {
                    score += Math.max(weight[i], 0);
                }
                spans.add(new Span(m.from(), m.to(), score + m.weight()));
            }
        }
        double top = 0;
        for (double w : weight) {
            top = Math.max(top, w);
        }
        double floor = top * 0.35;
        int i = 0;
        while (i < n) {
            if (weight[i] <= floor || FeatureExtractor.STOPWORDS.contains(analysis.tokens().get(i).text())) {
                i++;
                continue;
            }
            int from = i;
            double score = 0;
            while (i < n && (weight[i] > floor || bridgesTo(analysis, weight, floor, i))
                    && (i == from || !analysis.tokens().get(i).clauseBreakBefore())) {
                score += Math.max(weight[i], 0);
                i++;
            }
            spans.add(new Span(from, i, score));
        }
        spans.sort(STRONGEST_FIRST);
        List<Span> chosen = new ArrayList<>();
        for (Span s : spans) {
            if (chosen.size() < MAX_EVIDENCE && chosen.stream().noneMatch(c -> c.overlaps(s))) {
                chosen.add(s);
            }
        }
        chosen.sort(IN_READING_ORDER);
        return chosen.stream().map(s -> quote(analysis, s)).toList();
    }

    /** A stop word between two strong words stays in the quote ("buried in the go-live"). */
    private static boolean bridgesTo(FeatureExtractor.Analysis a, double[] weight, double floor, int i) {
        return FeatureExtractor.STOPWORDS.contains(a.tokens().get(i).text())
                && i + 1 < weight.length && weight[i + 1] > floor;
    }

    private static String quote(FeatureExtractor.Analysis a, Span s) {
        return a.text().substring(a.tokens().get(s.from()).start(), a.tokens().get(s.to() - 1).end());
    }

    private record Span(int from, int to, double score) {
        boolean overlaps(Span o) {
            return from < o.to && o.from < to;
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
