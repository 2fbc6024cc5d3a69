package com.bridgecoach.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the content files come from: a folder an editor can change, or the copy inside the jar. */
public interface ContentSource {

    /** The text of a content file named relative to the content root, if it exists. */
    Optional<String> read(String name);

    /** A human description of the source, for messages. */
    String describe();

    static ContentSource folder(Path root) {
        return new ContentSource() {
            @Override
            public Optional<String> read(String name) {
                Path file = root.resolve(name);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }

            @Override
            public String describe() {
                return root.toString();
            }
        };
    }

    static ContentSource classpath(String prefix) {
        return new ContentSource() {
            @Override
            public Optional<String> read(String name) {
                try (InputStream in = ContentSource.class.getClassLoader().getResourceAsStream(prefix + "/" + name)) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + name + " from the jar", e);
                }
            }

            @Override
            public String describe() {
                return "the copy inside the jar";
            }
        };
    }
}
