package com.bridgecoach.cli;

import com.bridgecoach.translation.AudienceTranslator;
import com.bridgecoach.translation.Translation;
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

/** {@code translate [--json] [CLAIM]}: the claim for the CMO, the CIO and both; without CLAIM, each line of stdin. */
@Command(name = "translate", description = "Rewrites a claim for the CMO, the CIO and both; without CLAIM, each line of stdin.")
final class TranslateCommand implements Callable<Integer> {
    // nodes only: building an ObjectMapper would slow every start of the command line, JSON or not
    private final JsonNodeFactory json = JsonNodeFactory.instance;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per claim: {\"claim\",\"cmo\",\"cio\",\"bridge\"}.")
    boolean asJson;

    @Parameters(arity = "0..*", paramLabel = "CLAIM", description = "The claim, in the rep's words.")
    List<String> words;

    private final Supplier<AudienceTranslator> translator;
    private final InputStream stdin;

    TranslateCommand(Supplier<AudienceTranslator> translator, InputStream stdin) {
        this.translator = translator;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (words != null && !words.isEmpty()) {
            String claim = String.join(" ", words).strip();
            String problem = problem(claim);
            if (problem != null) {
                err.println("translate: " + problem);
                return 2;
            }
            out.println(render(translator.get().translate(claim)));
            return 0;
        }
        AudienceTranslator engine = translator.get();
        return new LineByLine("translate").run(stdin, out, err,
                line -> problem(line.strip()),
                line -> render(engine.translate(line)),
                (line, problem) -> asJson ? json.objectNode().put("claim", line).put("error", problem).toString() : "error: " + problem);
    }

    private static String problem(String claim) {
        if (claim.isEmpty()) {
            return "nothing to translate: give the claim as CLAIM or on stdin, e.g. translate \"cuts time to antibiotics by 2 hours\"";
        }
        if (claim.length() > AudienceTranslator.MAX_LENGTH) {
            return "the claim is " + claim.length() + " characters; the limit is " + AudienceTranslator.MAX_LENGTH;
        }
        return null;
    }

    private String render(Translation t) {
        if (asJson) {
            ObjectNode node = json.objectNode();
            node.put("claim", t.claim());
            node.put("cmo", t.cmo());
            node.put("cio", t.cio());
            node.put("bridge", t.bridge());
            ArrayNode concepts = node.putArray("concepts");
            t.concepts().forEach(concepts::add);
            if (t.hasHint()) {
                node.put("hint", t.hint());
            }
            return node.toString();
        }
        StringBuilder text = new StringBuilder();
        text.append("CMO:    ").append(t.cmo()).append('\n');
        text.append("CIO:    ").append(t.cio()).append('\n');
        text.append("BRIDGE: ").append(t.bridge()).append('\n');
        if (t.hasHint()) {
            text.append("HINT:   ").append(t.hint()).append('\n');
        }
        return text.toString();
    }
}
