package com.bridgecoach.cli;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.Headings;
import com.bridgecoach.content.PracticeContent;
import com.bridgecoach.content.PracticeScenario;
import com.bridgecoach.practice.Scenario;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code practice --persona cmo|cio --pattern ID [--replay FILE] [--json]}: a role-play in the terminal. */
@Command(name = "practice", description = "A role-play with a CMO or CIO persona, scored at the end. "
        + "With --replay, each line of FILE is one rep turn (a line 'end' ends it).")
final class PracticeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--persona", required = true, paramLabel = "cmo|cio", description = "Who the bot plays.")
    String persona;

    @Option(names = "--pattern", required = true, paramLabel = "ID",
            description = "The scenario: for cio it_veto, resource_constraint, territorial_protection, priority_conflict; "
                    + "for cmo skeptical_of_efficiency, clinician_burden, technical_champion_case.")
    String pattern;

    @Option(names = "--replay", paramLabel = "FILE", description = "Rep turns, one per line, instead of the keyboard.")
    Path replay;

    @Option(names = "--json", description = "One JSON object per persona reply, then the scorecard.")
    boolean asJson;

    @Option(names = "--seed", paramLabel = "N", description = "Fixes the persona and wording, to repeat a run exactly.")
    Long seed;

    private final Supplier<PracticeContent> content;
    private final Supplier<Headings> words;

    private final java.io.InputStream stdin;

    PracticeCommand(Supplier<PracticeContent> content, Supplier<Headings> words, java.io.InputStream stdin) {
        this.content = content;
        this.words = words;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Audience> audience = Audience.find(persona).filter(a -> a != Audience.BRIDGE);
        if (audience.isEmpty()) {
            err.println("practice: --persona must be cmo or cio, not '" + persona + "'");
            return 2;
        }
        PracticeContent practice = content.get();
        Optional<PracticeScenario> found = practice.scenario(audience.get(), pattern.strip());
        if (found.isEmpty()) {
            err.println("practice: no " + audience.get().id() + " scenario '" + pattern + "' (choose from: "
                    + String.join(", ", practice.scenariosFor(audience.get()).stream().map(PracticeScenario::id).toList()) + ")");
            return 2;
        }
        if (replay != null && (!Files.isRegularFile(replay) || !Files.isReadable(replay))) {
            err.println("practice: cannot read the replay file " + replay);
            return 2;
        }
        long chosen = seed != null ? seed : ThreadLocalRandom.current().nextLong();
        Scenario scenario = Scenario.seeded(found.get(), chosen);
        PrintWriter out = spec.commandLine().getOut();
        try (BufferedReader in = replay != null
                ? Files.newBufferedReader(replay, StandardCharsets.UTF_8)
                : new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))) {
            new PracticeConsole(practice, words.get()).run(scenario, chosen, in, out, asJson, replay == null && System.console() != null);
        } catch (MalformedInputException e) {
            err.println("practice: the replay file " + replay + " is not UTF-8 text");
            return 2;
        }
        return 0;
    }
}
