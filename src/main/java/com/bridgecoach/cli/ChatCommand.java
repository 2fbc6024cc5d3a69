package com.bridgecoach.cli;

import com.bridgecoach.coach.Coach;
import com.bridgecoach.coach.CoachCommand;
import com.bridgecoach.coach.CoachRequest;
import com.bridgecoach.coach.PersonaLine;
import com.bridgecoach.coach.PracticeStart;
import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.Headings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A coaching session in the terminal: the same commands as {@code /coach}, numbered options for buttons. */
@Command(name = "chat", description = "A coaching session in the terminal: the same commands as /coach.")
final class ChatCommand implements Callable<Integer> {
    private static final String USER = "terminal";

    @Spec
    CommandSpec spec;

    private final Supplier<Coach> coach;
    private final InputStream input;

    /** @param input where the rep's lines come from (the terminal, or a test's script) */
    ChatCommand(Supplier<Coach> coach, InputStream input) {
        this.coach = coach;
        this.input = input;
    }

    @Override
    public Integer call() throws IOException {
        return callWith(spec);
    }

    /** Runs the session printing through {@code where}, so the root command can start it too. */
    int callWith(CommandSpec where) throws IOException {
        Coach engine = coach.get();
        PrintWriter out = where.commandLine().getOut();
        TextRenderer renderer = new TextRenderer();
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        out.println(engine.headings().terminal().chatIntro());
        List<Reply.Action> options = List.of();
        String practice = null;
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("exit")) {
                out.println();
                return 0;
            }
            String text = line.strip().replaceFirst("^/coach\\b\\s*", "");
            if (practice != null) {
                if (text.isEmpty()) {
                    continue;
                }
                var answer = engine.practiceTurn(practice, text);
                if (answer.isEmpty()) {
                    practice = null;
                    continue;
                }
                answer.get().reply().ifPresent(p -> out.println(said(engine, p)));
                if (answer.get().card().isPresent()) {
                    out.println();
                    out.println(renderer.render(answer.get().card().get()));
                    practice = null;
                }
                out.flush();
                continue;
            }
            java.util.Optional<Reply.Action> picked = choice(text, options);
            CoachCommand.Practice command = picked.filter(a -> a.kind() == Reply.ActionKind.PRACTISE)
                    .map(a -> engine.practiceFor(a.value()))
                    .orElseGet(() -> engine.parse(text) instanceof CoachCommand.Practice p ? p : null);
            if (command != null) {
                PracticeStart start = engine.startPractice(USER, command);
                if (start instanceof PracticeStart.Begun begun) {
                    out.println(renderer.render(begun.card()));
                    out.println(said(engine, begun.opening()));
                    practice = begun.sessionId();
                } else {
                    out.println(renderer.render(((PracticeStart.Refused) start).notice()));
                }
                out.flush();
                continue;
            }
            Reply reply = picked.map(a -> engine.act(a.kind(), a.value()))
                    .orElseGet(() -> engine.respond(new CoachRequest(USER, text)));
            out.println(renderer.render(reply));
            out.flush();
            // a notice beside an answer (a follow-up not switched on yet) leaves that answer's options open
            options = picked.isPresent() && reply.actions().isEmpty() ? options : reply.actions();
        }
    }

    /** A bare number picks one of the options the last reply offered. */
    private static java.util.Optional<Reply.Action> choice(String text, List<Reply.Action> options) {
        if (!text.matches("\\d{1,2}")) {
            return java.util.Optional.empty();
        }
        int n = Integer.parseInt(text);
        return n >= 1 && n <= options.size() ? java.util.Optional.of(options.get(n - 1)) : java.util.Optional.empty();
    }

    private static String said(Coach engine, PersonaLine line) {
        return Headings.fill(engine.headings().practice().personaSaid(), java.util.Map.of("persona", line.name(), "text", String.valueOf(line.text())));
    }
}
