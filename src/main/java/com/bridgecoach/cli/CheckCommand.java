package com.bridgecoach.cli;

import com.bridgecoach.content.Audience;
import com.bridgecoach.translation.DraftChecker;
import com.bridgecoach.translation.FitCheck;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check --audience cmo|cio [--json] [TEXT]}: how well a draft fits its audience; without TEXT, all of stdin. */
@Command(name = "check", description = "Reviews a draft for the CMO or the CIO; without TEXT, reads the whole of stdin as one draft.")
final class CheckCommand implements Callable<Integer> {
    // nodes only: building an ObjectMapper would slow every start of the command line, JSON or not
    private final JsonNodeFactory json = JsonNodeFactory.instance;

    @Spec
    CommandSpec spec;

    @Option(names = "--audience", paramLabel = "cmo|cio", description = "Who the draft is for: cmo or cio.")
    String audience;

    @Option(names = "--json", description = "One JSON object: {\"audience\",\"fit\",\"score\",\"flags\"}.")
    boolean asJson;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The draft.")
    List<String> words;

    private final Supplier<DraftChecker> checker;
    private final InputStream stdin;

    CheckCommand(Supplier<DraftChecker> checker, InputStream stdin) {
        this.checker = checker;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Audience> who = Audience.find(audience).filter(a -> a != Audience.BRIDGE);
        if (who.isEmpty()) {
            err.println(audience == null
                    ? "check: --audience is required: cmo or cio"
                    : "check: --audience must be cmo or cio, not '" + audience + "'");
            return 2;
        }
        String draft = words != null && !words.isEmpty()
                ? String.join(" ", words)
                : new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        draft = draft.strip();
        if (draft.isEmpty()) {
            err.println("check: nothing to check: give the draft as TEXT or on stdin");
            return 2;
        }
        if (draft.length() > DraftChecker.MAX_LENGTH) {
            err.println("check: the draft is " + draft.length() + " characters; the limit is " + DraftChecker.MAX_LENGTH);
            return 2;
        }
        out.println(render(checker.get().check(who.get(), draft)));
        out.flush();
        return 0;
    }

    private String render(FitCheck check) {
        if (asJson) {
            ObjectNode node = json.objectNode();
            node.put("audience", check.audience().id());
            node.put("fit", check.fit().id());
            node.put("score", check.score());
            ArrayNode flags = node.putArray("flags");
            for (FitCheck.Flag f : check.flags()) {
                flags.addObject().put("kind", f.kind()).put("text", f.text()).put("advice", f.advice());
            }
            return node.toString();
        }
        StringBuilder text = new StringBuilder();
        text.append(check.audience().id()).append(": ").append(check.fit().id()).append(" (").append(check.score()).append("/100)\n");
        for (FitCheck.Flag f : check.flags()) {
            text.append("  - [").append(f.kind()).append("] \"").append(f.text()).append("\": ").append(f.advice()).append('\n');
        }
        return text.toString();
    }
}
