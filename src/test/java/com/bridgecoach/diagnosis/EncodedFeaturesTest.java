package com.bridgecoach.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.content.PatternId;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Diagnosis looks features up by id, spelling each name into a reused buffer; training names them as strings.
 * On every message the project has, the ids, values and spans must be exactly those of the named features
 * the model knows, and the diagnosis and probabilities exactly those computed from the named features.
 */
class EncodedFeaturesTest {
    private static FeatureExtractor extractor;
    private static SoftmaxModel model;
    private static PatternClassifier classifier;
    private static List<String> messages;
    /** The ids training gave each name: first seen, first numbered, over the examples in pattern order. */
    private static final Map<String, Integer> vocabulary = new HashMap<>();

    @BeforeAll
    static void train() {
        Content content = new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
        extractor = PatternClassifier.extractorFor(content);
        model = PatternClassifier.train(content, extractor);
        classifier = new PatternClassifier(content, extractor, model, ModelOrigin.TRAINED);
        for (PatternId id : PatternId.values()) {
            for (String text : content.examples().getOrDefault(id, List.of())) {
                for (Feature f : extractor.features(text)) {
                    vocabulary.putIfAbsent(f.name(), vocabulary.size());
                }
            }
        }
        messages = EveryMessage.of(content);
    }

    @Test
    void ids_values_and_spans_are_those_of_the_known_named_features_in_the_same_order() {
        for (String text : messages) {
            List<Feature> named = extractor.features(text);
            EncodedFeatures encoded = extractor.analyse(text, model).features();

            int j = 0;
            boolean knowsAWord = false;
            for (Feature f : named) {
                Integer id = vocabulary.get(f.name());
                if (id == null) {
                    continue;
                }
                assertThat(j).as(text).isLessThan(encoded.size());
                assertThat(encoded.id(j)).as(text + " / " + f.name()).isEqualTo(id);
                assertThat(encoded.value(j)).as(text + " / " + f.name()).isEqualTo(f.value());
                assertThat(encoded.from(j)).as(text + " / " + f.name()).isEqualTo(f.from());
                assertThat(encoded.to(j)).as(text + " / " + f.name()).isEqualTo(f.to());
                knowsAWord |= f.name().startsWith("w:") || f.name().startsWith("cue:");
                j++;
            }
            assertThat(encoded.size()).as(text).isEqualTo(j);
            assertThat(encoded.knowsAWord()).as(text).isEqualTo(knowsAWord);
        }
    }

    @Test
    void diagnoses_and_probabilities_are_those_computed_from_the_named_features() {
        for (String text : messages) {
            String stripped = text.strip();
            FeatureExtractor.Analysis fast = extractor.analyse(stripped, model);
            EncodedFeatures fromNames = new EncodedFeatures(model, 16);
            for (Feature f : extractor.features(stripped)) {
                fromNames.add(new FeatureName().start(f.name()), f.value(), f.from(), f.to());
            }
            FeatureExtractor.Analysis slow = new FeatureExtractor.Analysis(stripped, fast.tokens(), fast.cues(), fromNames);

            double[] expected = classifier.probabilities(slow);
            double[] actual = classifier.probabilities(fast);
            for (int c = 0; c < expected.length; c++) {
                assertThat(actual[c]).as(text).isCloseTo(expected[c], within(1e-9));
            }
            assertThat(classifier.classify(text)).as(text).isEqualTo(classifier.diagnose(slow));
        }
    }

    @Test
    void a_name_is_found_only_when_every_character_matches() {
        FeatureName name = new FeatureName();
        String known = vocabulary.keySet().stream().filter(n -> n.startsWith("c:")).findFirst().orElseThrow();

        assertThat(model.id(name.start(known))).isEqualTo(vocabulary.get(known));
        assertThat(model.id(name.start(known).append('x'))).isEqualTo(-1);
        assertThat(model.id(name.start(known.substring(0, known.length() - 1)))).isNotEqualTo(vocabulary.get(known));
        assertThat(model.id(name.start("w:a-word-no-rep-ever-wrote"))).isEqualTo(-1);
    }
}
