package com.bridgecoach.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.content.PatternId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model the build trains and ships in the jar: used when the content is what it was trained on, giving
 * exactly the diagnoses a model trained now would; never used, and never a crash, when the content differs
 * or the file is damaged.
 */
class BundledModelTest {
    private static Content content;
    private static PatternClassifier trainedNow;
    private static byte[] bundle;

    @BeforeAll
    static void trainOnTheRealContent() {
        content = new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
        trainedNow = new PatternClassifier(content);
        bundle = ModelBundle.write(TrainingFingerprint.of(content),
                PatternClassifier.train(content, PatternClassifier.extractorFor(content)));
    }

    private static void assertSameDiagnoses(PatternClassifier actual, PatternClassifier expected) {
        for (String text : EveryMessage.of(content)) {
            assertThat(actual.classify(text)).as(text).isEqualTo(expected.classify(text));
        }
    }

    @Test
    void the_build_ships_a_model_trained_on_the_bundled_prompts() {
        PatternClassifier shipped = PatternClassifier.forContent(content);

        assertThat(shipped.modelOrigin()).isEqualTo(ModelOrigin.BUNDLED);
        assertSameDiagnoses(shipped, trainedNow);
    }

    @Test
    void a_bundle_for_this_content_is_loaded_and_diagnoses_exactly_as_a_model_trained_now() {
        PatternClassifier loaded = PatternClassifier.forContent(content, new ByteArrayInputStream(bundle));

        assertThat(loaded.modelOrigin()).isEqualTo(ModelOrigin.BUNDLED);
        assertSameDiagnoses(loaded, trainedNow);
    }

    @Test
    void without_a_bundle_it_trains() {
        PatternClassifier trained = PatternClassifier.forContent(content, null);

        assertThat(trained.modelOrigin()).isEqualTo(ModelOrigin.TRAINED_NO_BUNDLE);
        assertThat(trained.modelOrigin().fault()).isFalse();
        assertThat(trained.classify("infosec wants a pen test before the pilot")).isEqualTo(trainedNow.classify("infosec wants a pen test before the pilot"));
    }

    @Test
    void a_changed_training_utterance_means_the_bundle_is_not_used_and_the_classifier_trains(@TempDir Path dir) throws IOException {
        String original = "ARB at St. Brendan's rejected our architecture, said it doesn't meet their cloud standards";
        String changed = "ARB at St. Brendan's rejected our architecture, said it does not meet their cloud standards";
        Content edited = load(copyOfPrompts(dir, original, changed));

        PatternClassifier classifier = PatternClassifier.forContent(edited, new ByteArrayInputStream(bundle));

        assertThat(classifier.modelOrigin()).isEqualTo(ModelOrigin.TRAINED_CONTENT_DIFFERS);
        assertThat(classifier.modelOrigin().fault()).isFalse();
        assertSameDiagnoses(classifier, new PatternClassifier(edited));
    }

    @Test
    void a_damaged_bundle_is_reported_and_the_classifier_trains_instead_of_failing() {
        byte[] truncated = Arrays.copyOf(bundle, bundle.length / 2);

        PatternClassifier classifier = PatternClassifier.forContent(content, new ByteArrayInputStream(truncated));

        assertThat(classifier.modelOrigin()).isEqualTo(ModelOrigin.TRAINED_BUNDLE_DAMAGED);
        assertThat(classifier.modelOrigin().fault()).isTrue();
        assertThat(classifier.classify("the CIO says the security review blocks us"))
                .isEqualTo(trainedNow.classify("the CIO says the security review blocks us"));
    }

    @Test
    void a_bundle_that_cannot_be_read_at_all_counts_as_damaged() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThat(PatternClassifier.forContent(content, failing).modelOrigin()).isEqualTo(ModelOrigin.TRAINED_BUNDLE_DAMAGED);
    }

    @Nested
    class Fingerprint {
        @Test
        void changes_with_anything_training_reads(@TempDir Path dir) throws IOException {
            byte[] real = TrainingFingerprint.of(content);
            List<String[]> edits = List.of(
                    new String[] {"diagnosis/examples.yml", "infosec just sent a 300 question", "infosec just sent a 301 question"},
                    new String[] {"diagnosis/cues.yml", "{ text: \"security review\", weight: 2.0 }", "{ text: \"security review\", weight: 2.5 }"},
                    new String[] {"diagnosis/cues.yml", "negation_scope: 4", "negation_scope: 3"},
                    new String[] {"diagnosis/cues.yml", "\"secuirty\": security", "\"secuirty\": securely"},
                    new String[] {"diagnosis/cues.yml", "set_aside: 0.5", "set_aside: 0.6"},
                    new String[] {"diagnosis/cues.yml", "\"hangup\", ", ""},
                    new String[] {"diagnosis/concepts.yml", "\"bodies\", ", ""},
                    new String[] {"diagnosis/classifier.yml", "epochs: 40", "epochs: 41"},
                    new String[] {"diagnosis/classifier.yml", "char_ngram_weight: 0.35", "char_ngram_weight: 0.36"});
            int n = 0;
            for (String[] edit : edits) {
                Path copy = copyOfPrompts(dir.resolve("edit" + n++), null, null);
                replace(copy.resolve(edit[0]), edit[1], edit[2]);
                assertThat(TrainingFingerprint.of(load(copy))).as(String.join(" → ", edit)).isNotEqualTo(real);
            }
        }

        @Test
        void ignores_calibration_applied_after_the_model_and_the_rest_of_the_content(@TempDir Path dir) throws IOException {
            Path copy = copyOfPrompts(dir, null, null);
            replace(copy.resolve("diagnosis/classifier.yml"), "temperature: 1.0", "temperature: 1.2");
            replace(copy.resolve("diagnosis/classifier.yml"), "abstain_below: 0.4", "abstain_below: 0.5");

            assertThat(TrainingFingerprint.of(load(copy))).isEqualTo(TrainingFingerprint.of(content));
        }
    }

    @Nested
    class DamagedFiles {
        private final byte[] fingerprint = TrainingFingerprint.of(content);

        @Test
        void every_truncation_is_recognised() {
            for (int length : new int[] {0, 1, 7, 40, 48, 100, bundle.length / 3, bundle.length - 9, bundle.length - 1}) {
                byte[] cut = Arrays.copyOf(bundle, length);
                assertThatThrownBy(() -> ModelBundle.read(cut, fingerprint, PatternId.values().length)).as("cut at " + length)
                        .isInstanceOf(ModelBundle.DamagedException.class);
            }
        }

        @Test
        void a_flipped_bit_anywhere_is_recognised() {
            for (int at = 0; at < bundle.length; at += bundle.length / 97) {
                byte[] flipped = bundle.clone();
                flipped[at] ^= 0x10;
                int where = at;
                assertThatThrownBy(() -> ModelBundle.read(flipped, fingerprint, PatternId.values().length)).as("byte " + where)
                        .isInstanceOf(ModelBundle.DamagedException.class);
            }
        }

        @Test
        void a_file_that_is_not_a_bundle_is_recognised() {
            byte[] text = "classifier: not a model at all, just some text that happens to be long enough".getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> ModelBundle.read(text, fingerprint, PatternId.values().length))
                    .isInstanceOf(ModelBundle.DamagedException.class);
        }

        @Test
        void sizes_that_do_not_add_up_are_recognised_even_behind_a_matching_checksum() {
            // after magic, version and fingerprint: classes, features, characters, table slots
            for (int field = 40; field <= 52; field += 4) {
                for (int value : new int[] {-1, 0, 3, Integer.MAX_VALUE}) {
                    byte[] forged = bundle.clone();
                    ByteBuffer.wrap(forged).putInt(field, value);
                    CRC32 crc = new CRC32();
                    crc.update(forged, 0, forged.length - Long.BYTES);
                    ByteBuffer.wrap(forged).putLong(forged.length - Long.BYTES, crc.getValue());
                    String what = "field at " + field + " = " + value;
                    assertThatThrownBy(() -> ModelBundle.read(forged, fingerprint, PatternId.values().length)).as(what)
                            .isInstanceOf(ModelBundle.DamagedException.class);
                }
            }
        }

        @Test
        void a_model_for_another_number_of_patterns_is_recognised() {
            assertThatThrownBy(() -> ModelBundle.read(bundle, fingerprint, PatternId.values().length + 1))
                    .isInstanceOf(ModelBundle.DamagedException.class);
        }
    }

    private static Content load(Path prompts) {
        return new ContentLoader().load(ContentSource.folder(prompts));
    }

    /** A copy of prompts/, with {@code from} replaced by {@code to} in the training utterances if given. */
    private static Path copyOfPrompts(Path dir, String from, String to) throws IOException {
        Path root = Path.of("prompts");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(root.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        if (from != null) {
            replace(dir.resolve("diagnosis/examples.yml"), from, to);
        }
        return dir;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
