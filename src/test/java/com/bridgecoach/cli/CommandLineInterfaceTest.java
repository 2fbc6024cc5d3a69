package com.bridgecoach.cli;

import com.bridgecoach.testing.PromptsCopy;
import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineInterfaceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PATTERNS = Set.of("it_veto", "resource_constraint", "territorial_protection", "priority_conflict", "unclear");

    /** One composition root for the class: the classifier is built once, as in a real process. */
    private static final Application deps = new Application(
            new Settings(null, null, null, null, "127.0.0.1", 0, null, "prompts"), Clock.systemUTC(), Ticker.systemTicker());

    record Result(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    @AfterAll
    static void close() {
        deps.close();
    }

    Result run(String stdin, String... args) {
        CommandLine cli = new CommandLineInterface(deps, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    static void assertContractShape(JsonNode answer, String input) {
        assertThat(answer.path("pattern").asText()).isIn(PATTERNS);
        assertThat(answer.path("confidence").isNumber()).isTrue();
        assertThat(answer.path("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(answer.path("evidence").isArray()).isTrue();
        answer.path("evidence").forEach(e ->
                assertThat(input.toLowerCase(Locale.ROOT)).as("evidence quotes the input").contains(e.asText().toLowerCase(Locale.ROOT)));
        assertThat(answer.path("alternatives").isArray()).isTrue();
        answer.path("alternatives").forEach(a -> {
            assertThat(a.path("pattern").asText()).isIn(PATTERNS).isNotEqualTo(answer.path("pattern").asText());
            assertThat(a.path("confidence").asDouble()).isBetween(0.0, 1.0);
        });
    }

    @Nested
    class Classify {

        @Test
        void answersOneSituationAsContractJson() {
            String input = "IT says they have no bandwidth until next year";
            Result r = run("", "classify", "--json", input);

            assertThat(r.exit()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.outLines()).hasSize(1);
            JsonNode answer = json(r.outLines().get(0));
            assertContractShape(answer, input);
            assertThat(answer.path("pattern").asText()).isEqualTo("resource_constraint");
            assertThat(answer.path("evidence")).isNotEmpty();
            assertThat(answer.path("confidence").asDouble()).isGreaterThan(answer.path("alternatives").get(0).path("confidence").asDouble());
        }

        @Test
        void readsStdinOneSituationPerLineAndAnswersInTheSameOrder() {
            List<String> situations = List.of(
                    "The CIO's team built their own tool for this and they keep comparing us to it",
                    "Security review flagged our HL7 interfaces and the architecture board wants a data flow diagram",
                    "IT says they have no bandwidth until next year",
                    "IT has other priorities: the Epic go-live comes first this year");
            Result r = run(String.join("\n", situations) + "\n", "classify", "--json");

            assertThat(r.exit()).isZero();
            assertThat(r.outLines()).hasSize(situations.size());
            for (int i = 0; i < situations.size(); i++) {
                assertContractShape(json(r.outLines().get(i)), situations.get(i));
            }
            assertThat(r.outLines().stream().map(l -> json(l).path("pattern").asText()).toList())
                    .containsExactly("territorial_protection", "it_veto", "resource_constraint", "priority_conflict");
        }

        @Test
        void plainTextNamesThePatternAndConfidence() {
            Result r = run("", "classify", "IT says they have no bandwidth until next year");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).matches("(?s)resource_constraint [01]\\.\\d\\d .*no bandwidth.*");
        }

        @Test
        void anUnknownOptionIsExit2WithOneLineAndNoStackTrace() {
            Result r = run("", "classify", "--bogus");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err()).contains("--bogus").doesNotContain("Exception").doesNotContain("\tat ");
        }

        @Test
        void textOverTheLimitIsExit2() {
            Result r = run("", "classify", "x".repeat(4001));
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("4001").contains("4000");
        }
    }

    @Nested
    class Practice {
        @TempDir
        Path dir;

        @Test
        void aReplayAnswersEachRepTurnThenPrintsTheScorecardAsContractJson() throws IOException {
            Path turns = dir.resolve("turns.txt");
            Files.writeString(turns, String.join("\n",
                    "Which of the forty security questions matters most to your team?",
                    "We would treat every item on that list as a requirement, and our engineers would build the interface.",
                    "Could we set up a joint session with your integration lead and the CMO on shared metrics?") + "\n");
            Result r = run("", "practice", "--persona", "cio", "--pattern", "it_veto", "--replay", turns.toString(), "--json");

            assertThat(r.exit()).isZero();
            List<JsonNode> lines = r.out().lines().map(CommandLineInterfaceTest::json).toList();
            JsonNode last = lines.get(lines.size() - 1);
            List<JsonNode> replies = lines.subList(0, lines.size() - 1);
            assertThat(replies).extracting(n -> n.path("turn").asInt()).containsExactly(1, 2, 3);
            assertThat(replies).allSatisfy(n -> {
                assertThat(n.path("persona").asText()).isNotBlank();
                assertThat(n.path("reply").asText()).isNotBlank();
            });
            JsonNode card = last.path("scorecard");
            assertThat(card.path("score").asInt()).isBetween(0, 100);
            assertThat(card.path("criteria")).isNotEmpty().allSatisfy(c -> {
                assertThat(c.path("id").asText()).isNotBlank();
                assertThat(c.path("score").asInt()).isBetween(0, 100);
                assertThat(c.path("feedback").asText()).isNotBlank();
            });
            assertThat(card.path("strength").asText()).isNotBlank();
            assertThat(card.path("fix").asText()).isNotBlank();
            assertThat(card.toString()).as("the scorecard quotes the rep").contains("Which of the forty security questions");
        }

        @Test
        void aScenarioThePersonaDoesNotHaveIsBadUsage() {
            Result r = run("", "practice", "--persona", "cmo", "--pattern", "it_veto");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().lines()).hasSize(1).first().asString().contains("skeptical_of_efficiency");
            assertThat(r.err()).doesNotContain("Exception");
        }
    }

    @Nested
    class Validate {
        @TempDir
        Path copy;

        @Test
        void theRealPromptsAreValid() {
            Result r = run("", "validate", "prompts");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("is valid");
        }

        @Test
        void aMissingFieldNamesFileLineAndField() {
            Path prompts = copyPrompts();
            edit(prompts.resolve("patterns.yml"), s -> s.replaceFirst("\n    next_step: \"Send IT a written resource plan[^\n]*", ""));

            Result r = run("", "validate", prompts.toString());

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).containsPattern("patterns\\.yml:\\d+: patterns\\[1\\]\\.next_step: ").doesNotContain("Exception");
        }

        @Test
        void anUnknownPatternIdNamesFileLineAndField() {
            Path prompts = copyPrompts();
            edit(prompts.resolve("separators.yml"), s -> s.replaceFirst("points_to: \"territorial_protection\"", "points_to: \"turf_war\""));

            Result r = run("", "validate", prompts.toString());

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).containsPattern("separators\\.yml:\\d+: questions\\[\\d+]\\.answers\\[\\d+]\\.points_to: .*turf_war");
        }

        @Test
        void aDuplicateIdNamesFileLineAndField() {
            Path prompts = copyPrompts();
            edit(prompts.resolve("separators.yml"), s -> s.replaceFirst("id: \"concerns_or_capacity\"", "id: \"triage\""));

            Result r = run("", "validate", prompts.toString());

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).containsPattern("separators\\.yml:\\d+: questions\\[\\d+]\\.id: duplicate .*triage");
        }

        @Test
        void aYamlSyntaxErrorNamesFileAndLine() {
            Path prompts = copyPrompts();
            edit(prompts.resolve("patterns.yml"), s -> s.replaceFirst("    name: \"Resource constraint\"", "    name: \"Resource constraint\n   oops: ["));

            Result r = run("", "validate", prompts.toString());

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).containsPattern("patterns\\.yml:\\d+").doesNotContain("Exception").doesNotContain("\tat ");
        }

        @Test
        void aFolderThatDoesNotExistIsExit2() {
            Result r = run("", "validate", copy.resolve("nowhere").toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("no such folder");
        }

        private Path copyPrompts() {
            return PromptsCopy.into(copy.resolve("prompts"));
        }

        private void edit(Path file, UnaryOperator<String> change) {
            try {
                String before = Files.readString(file);
                String after = change.apply(before);
                assertThat(after).as("the edit applies to " + file).isNotEqualTo(before);
                Files.writeString(file, after);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
