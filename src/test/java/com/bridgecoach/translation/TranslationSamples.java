package com.bridgecoach.translation;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The property tests' claims, read once from the test resources. */
final class TranslationSamples {
    record Claim(String kind, String text) {
        @Override
        public String toString() {
            return kind + ": " + text;
        }
    }

    private TranslationSamples() {
    }

    static Content content() {
        return new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
    }

    static List<Claim> claims() {
        try (Stream<String> lines = Files.lines(Path.of("src/test/resources/translation/claims.tsv"))) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 2))
                    .map(p -> new Claim(p[0], p[1]))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
