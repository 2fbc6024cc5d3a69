package com.bridgecoach.cli;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentError;
import com.bridgecoach.content.ContentException;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate [DIR]}: checks the coaching content and lists every problem with file, line and field. */
@Command(name = "validate", description = "Validates the coaching content (default: prompts/). Exit 0 when valid.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The content folder.")
    Path dir;

    private final Supplier<ContentSource> defaultSource;

    ValidateCommand(Supplier<ContentSource> defaultSource) {
        this.defaultSource = defaultSource;
    }

    @Override
    public Integer call() {
        if (dir != null && !Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("validate: no such folder: " + dir);
            return 2;
        }
        ContentSource source = dir == null ? defaultSource.get() : ContentSource.folder(dir);
        try {
            Content content = new ContentLoader().load(source);
            int examples = content.examples().values().stream().mapToInt(java.util.List::size).sum();
            spec.commandLine().getOut().printf("Content in %s is valid: %d patterns, %d separating questions, %d example utterances.%n",
                    source.describe(), content.playbooks().size(), content.separators().size(), examples);
            return 0;
        } catch (ContentException e) {
            for (ContentError error : e.errors()) {
                spec.commandLine().getErr().println(error);
            }
            spec.commandLine().getErr().println(e.errors().size() + " problem(s) in " + source.describe());
            return 2;
        }
    }
}
