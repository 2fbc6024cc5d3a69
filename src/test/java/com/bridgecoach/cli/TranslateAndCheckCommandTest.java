package com.bridgecoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.coach.Coach;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.diagnosis.PatternClassifier;
import com.bridgecoach.translation.AudienceTranslator;
import com.bridgecoach.translation.DraftChecker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TranslateAndCheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Content content;
    private final InputStream originalIn = System.in;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(originalIn);
    }

    private int run(String stdin, String... args) {
        if (stdin != null) {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        }
        CommandLine cli = new CommandLineInterface(new TranslationOnly()).commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.getSubcommands().values().forEach(c -> {
            c.setOut(new PrintWriter(out, true));
            c.setErr(new PrintWriter(err, true));
        });
        return cli.execute(args);
    }

    private List<JsonNode> jsonLines() throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.toString().split("\\R")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Nested
    class Translate {
        @Test
        void aClaimGivenAsArgumentsComesBackAsOneJsonObject() throws Exception {
            assertThat(run(null, "translate", "--json", "cut", "time", "to", "antibiotics", "by", "2", "hours")).isZero();
            List<JsonNode> lines = jsonLines();
            assertThat(lines).hasSize(1);
            JsonNode t = lines.get(0);
            assertThat(t.get("claim").asText()).isEqualTo("cut time to antibiotics by 2 hours");
            for (String field : List.of("cmo", "cio", "bridge")) {
                assertThat(t.get(field).asText()).contains("2 hours");
            }
        }

        @Test
        void stdinLinesGetOneObjectEachInTheSameOrder() throws Exception {
            assertThat(run("SSO inside Epic saves 12 minutes\nSepsis mortality fell 17%\nTrusted by 300 hospitals\n", "translate", "--json")).isZero();
            List<JsonNode> lines = jsonLines();
            assertThat(lines).extracting(n -> n.get("claim").asText())
                    .containsExactly("SSO inside Epic saves 12 minutes", "Sepsis mortality fell 17%", "Trusted by 300 hospitals");
            assertThat(lines.get(2).get("hint").asText()).isNotBlank();
            assertThat(lines.get(0).has("hint")).isFalse();
        }

        @Test
        void aBlankStdinLineIsAnErrorLineAndExitCodeTwo() throws Exception {
            assertThat(run("SSO inside Epic\n   \nFewer clicks\n", "translate", "--json")).isEqualTo(2);
            List<JsonNode> lines = jsonLines();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(1).get("error").asText()).contains("nothing to translate");
            assertThat(err.toString()).contains("line 2");
        }

        @Test
        void anOverlongClaimIsRefusedWithExitTwo() {
            assertThat(run(null, "translate", "x".repeat(4001))).isEqualTo(2);
            assertThat(err.toString()).contains("4001").contains("4000").doesNotContain("Exception");
        }

        @Test
        void plainTextNamesEachVersion() {
            assertThat(run(null, "translate", "HL7 feeds into Cerner")).isZero();
            assertThat(out.toString()).contains("CMO:").contains("CIO:").contains("BRIDGE:");
        }
    }

    @Nested
    class Check {
        @Test
        void aDraftGivenAsArgumentsGetsTheContractShape() throws Exception {
            assertThat(run(null, "check", "--audience", "cmo", "--json", "Our FHIR API cuts costs and FTEs.")).isZero();
            JsonNode c = jsonLines().get(0);
            assertThat(c.get("audience").asText()).isEqualTo("cmo");
            assertThat(c.get("fit").asText()).isEqualTo("poor");
            assertThat(c.get("score").asInt()).isBetween(0, 100);
            Iterator<JsonNode> flags = c.get("flags").elements();
            assertThat(flags.hasNext()).isTrue();
            JsonNode flag = flags.next();
            assertThat(flag.has("kind") && flag.has("text") && flag.has("advice")).isTrue();
            assertThat(c.get("flags").toString()).contains("FHIR API");
        }

        @Test
        void withoutTextTheWholeOfStdinIsOneDraft() throws Exception {
            String draft = "Hi Mark,\nAttached is our SOC 2 report and the HL7 interface specs.\nOur team takes tier one support after go-live.\n";
            assertThat(run(draft, "check", "--audience", "cio", "--json")).isZero();
            List<JsonNode> lines = jsonLines();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).get("fit").asText()).isEqualTo("good");
        }

        @Test
        void aBadAudienceIsOneLineOnStderrAndExitTwo() {
            assertThat(run(null, "check", "--audience", "cfo", "some draft")).isEqualTo(2);
            assertThat(err.toString().strip().lines().count()).isEqualTo(1);
            assertThat(err.toString()).contains("cmo or cio").contains("cfo");
        }

        @Test
        void aMissingAudienceOrDraftIsExitTwo() {
            assertThat(run(null, "check", "some draft")).isEqualTo(2);
            assertThat(run("  \n", "check", "--audience", "cio")).isEqualTo(2);
            assertThat(err.toString()).contains("--audience is required").contains("nothing to check");
        }
    }

    /** Only what translate and check need; anything else would be a test mistake. */
    private static final class TranslationOnly implements Dependencies {
        @Override
        public ContentSource contentSource() {
            return ContentSource.folder(Path.of("prompts"));
        }

        @Override
        public Content content() {
            return content;
        }

        @Override
        public PatternClassifier classifier() {
            throw new AssertionError("translate and check don't need the classifier");
        }

        @Override
        public Coach coach() {
            throw new AssertionError("translate and check don't need the coach");
        }

        @Override
        public AudienceTranslator translator() {
            return new AudienceTranslator(content.translation());
        }

        @Override
        public DraftChecker draftChecker() {
            return new DraftChecker(content.translation().lexicon());
        }

        @Override
        public com.bridgecoach.content.PracticeContent practice() {
            return content.practice();
        }

        @Override
        public boolean hasSlackCredentials() {
            return false;
        }

        @Override
        public int serve() {
            throw new AssertionError();
        }

        @Override
        public int socket() {
            throw new AssertionError();
        }
    }
}
