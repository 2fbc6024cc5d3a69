package com.bridgecoach.cli;

import com.bridgecoach.coach.CommandParser;
import com.bridgecoach.diagnosis.Diagnosis;
import com.bridgecoach.diagnosis.PatternClassifier;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code classify [--json] [TEXT]}: the conflict pattern of one situation, or of each line of stdin. */
@Command(name = "classify", description = "Names the conflict pattern of a situation; without TEXT, of each line of stdin.")
final class ClassifyCommand implements Callable<Integer> {
    // nodes only: building an ObjectMapper would slow every start of the command line, JSON or not
    private final JsonNodeFactory json = JsonNodeFactory.instance;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per answer.")
    boolean asJson;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The situation, in the rep's words.")
    List<String> words;

    private final Supplier<PatternClassifier> classifier;
    private final InputStream stdin;

    ClassifyCommand(Supplier<PatternClassifier> classifier, InputStream stdin) {
        this.classifier = classifier;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (words != null && !words.isEmpty()) {
            String text = String.join(" ", words).strip();
            if (text.isEmpty() || text.length() > CommandParser.MAX_LENGTH) {
                err.println("classify: " + problem(text));
                return 2;
            }
            out.println(render(classifier.get().classify(text)));
            return 0;
        }
        PatternClassifier engine = classifier.get();
        // an empty line is a situation too: it gets its answer (unclear), so answers line up with inputs
        return new LineByLine("classify").run(stdin, out, err,
                line -> line.length() > CommandParser.MAX_LENGTH ? problem(line) : null,
                line -> render(engine.classify(line)),
                (line, problem) -> asJson ? json.objectNode().put("error", problem).toString() : "error: " + problem);
    }

    private static String problem(String text) {
        return text.isEmpty() ? "nothing to classify: give the situation as TEXT or on stdin"
                : "the situation is " + text.length() + " characters; the limit is " + CommandParser.MAX_LENGTH;
    }

    private String render(Diagnosis d) {
        if (!asJson) {
            String evidence = d.evidence().isEmpty() ? "" : "  evidence: " + String.join(" | ", d.evidence());
            return d.pattern().id() + " " + String.format(java.util.Locale.ROOT, "%.2f", d.confidence()) + evidence;
        }
        ObjectNode node = json.objectNode();
        node.put("pattern", d.pattern().id());
        node.put("confidence", d.confidence());
        ArrayNode evidence = node.putArray("evidence");
        d.evidence().forEach(evidence::add);
        ArrayNode alternatives = node.putArray("alternatives");
        for (Diagnosis.Alternative a : d.alternatives()) {
            alternatives.addObject().put("pattern", a.pattern().id()).put("confidence", a.confidence());
        }
        node.put("certainty", d.certainty().name().toLowerCase(java.util.Locale.ROOT));
        return node.toString();
    }
}
