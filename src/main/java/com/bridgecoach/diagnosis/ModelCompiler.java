package com.bridgecoach.diagnosis;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Run by the build (exec-maven-plugin, {@code process-classes}): trains the classifier on the bundled
 * {@code prompts/} and writes the model into the classes, so the jar starts without training.
 * Usage: ModelCompiler PROMPTS_DIR OUTPUT_FILE.
 */
public final class ModelCompiler {
    private ModelCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ModelCompiler PROMPTS_DIR OUTPUT_FILE");
        }
        Content content = new ContentLoader().load(ContentSource.folder(Path.of(args[0])));
        SoftmaxModel model = PatternClassifier.train(content, PatternClassifier.extractorFor(content));
        byte[] bundle = ModelBundle.write(TrainingFingerprint.of(content), model);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        Files.write(partial, bundle);
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("classifier model: %d bytes, trained on %s%n", bundle.length, args[0]);
    }
}
