package com.bridgecoach.diagnosis;

import com.bridgecoach.content.ClassifierSettings;
import com.bridgecoach.content.ConceptBook;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.CueBook;
import com.bridgecoach.content.PatternId;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A SHA-256 of exactly what training depends on: the example utterances, the cues, negators, spellings and turns
 * to the point, the word families, and the settings that shape features and training. Calibration settings applied after the model
 * (temperature, thresholds, the unclear bias) are left out: changing them needs no retraining.
 */
final class TrainingFingerprint {
    /** Bumped whenever feature extraction or training changes in a way that changes the model. */
    private static final int ALGORITHM = 2;

    private TrainingFingerprint() {
    }

    static byte[] of(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(ALGORITHM);
            out.writeLong(PatternClassifier.SEED);
            out.writeInt(PatternId.values().length);
            for (PatternId id : PatternId.values()) {
                text(out, id.id());
                List<String> examples = content.examples().getOrDefault(id, List.of());
                out.writeInt(examples.size());
                for (String e : examples) {
                    text(out, e);
                }
            }
            CueBook cues = content.cues();
            out.writeInt(cues.negators().size());
            for (String n : cues.negators()) {
                text(out, n);
            }
            out.writeInt(cues.negationScope());
            out.writeInt(cues.cues().size());
            for (CueBook.PatternCues group : cues.cues()) {
                text(out, group.pattern().id());
                out.writeInt(group.phrases().size());
                for (CueBook.Phrase p : group.phrases()) {
                    text(out, p.text());
                    out.writeDouble(p.weight());
                }
            }
            out.writeInt(cues.spellings().size());
            for (var spelling : cues.spellings().entrySet()) {
                text(out, spelling.getKey());
                text(out, spelling.getValue());
            }
            CueBook.PointTurns point = cues.pointTurns();
            for (List<String> words : List.of(point.turnWords(), point.pointing(), point.snags())) {
                out.writeInt(words.size());
                for (String w : words) {
                    text(out, w);
                }
            }
            out.writeDouble(point.setAside());
            out.writeInt(content.concepts().concepts().size());
            for (ConceptBook.Concept c : content.concepts().concepts()) {
                text(out, c.id());
                out.writeInt(c.words().size());
                for (String w : c.words()) {
                    text(out, w);
                }
            }
            ClassifierSettings s = content.classifier();
            out.writeInt(s.epochs());
            out.writeDouble(s.regularization());
            out.writeDouble(s.cueScale());
            out.writeDouble(s.charNgramWeight());
            out.writeDouble(s.conceptWeight());
            out.writeDouble(s.pairWeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Length first, so that no two different lists of texts write the same bytes. */
    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
