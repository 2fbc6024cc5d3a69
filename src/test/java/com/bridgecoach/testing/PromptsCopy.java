package com.bridgecoach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's prompts/ copied into a folder of the test's, to be broken on purpose without touching the real ones. */
public final class PromptsCopy {
    private PromptsCopy() {
    }

    /** Copies prompts/ (files and folders) into {@code target}, which may exist and be empty; returns {@code target}. */
    public static Path into(Path target) {
        Path source = Path.of("prompts");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
