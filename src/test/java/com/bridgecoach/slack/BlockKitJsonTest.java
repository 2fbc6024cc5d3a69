package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.coach.Coach;
import com.bridgecoach.coach.CoachRequest;
import com.bridgecoach.coach.DiagnosisJournal;
import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.diagnosis.PatternClassifier;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.JsonOps;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.element.BlockElements;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The acknowledgement's JSON, written without Gson, is the very text the SDK's Gson writes for the same message. */
class BlockKitJsonTest {
    private static BlockKitRenderer RENDERER;
    private static Coach coach;

    @BeforeAll
    static void build() {
        Content content = new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
        RENDERER = new BlockKitRenderer(content.messages().headings().slack());
        coach = new Coach(content, new PatternClassifier(content), DiagnosisJournal.none(), Clock.systemUTC());
    }

    private static String gson(Reply reply) {
        return JsonOps.toJsonString(SlashCommandResponse.builder().responseType("ephemeral")
                .text(RENDERER.fallback(reply)).blocks(RENDERER.render(reply)).build());
    }

    /** What reps type and what the coach answers: every kind of reply a slash command acknowledges with. */
    static Stream<String> commands() {
        return Stream.of(
                "the CIO says there is no bandwidth for another interface this year",
                "our CMO loves it but IT has a forty-item security review & a <b>SOC 2</b> ask",
                "the CIO wants to own anything that touches Epic; the CMO's team feels cut out",
                "nurses say it's \"one more click\" \\ the board's priority is the ERP move = no room",
                "not sure what's going on, they stopped answering",
                "", "help", "translate cuts documentation time by 30%", "check cio our physicians love it",
                "check cmo the HL7 interface needs no analyst hours", "champion clinical", "champion technical",
                "joint", "plan", "forget me", "transalte something", "x".repeat(5000),
                "tabs\tnewlines\nand\rcontrols\u0001\u001f, line\u2028separators\u2029, emoji \uD83D\uDE00, accents é");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyReplyToACommandIsWrittenAsGsonWritesIt(String text) {
        Reply reply = coach.respond(new CoachRequest("U0JSON", text));

        assertThat(RENDERER.ephemeralJson(reply)).isEqualTo(gson(reply));
    }

    @Nested
    class RepliesAtSlacksLimits {
        @Test
        void anOversizedReplyWithSplitSectionsANoteAndTwoRowsOfButtons() {
            Reply oversized = new Reply("A title far longer than any header allows & then some. ".repeat(4),
                    IntStream.range(0, 60).mapToObj(i -> new Reply.Section("Part <" + i + ">",
                            Reply.Style.values()[i % Reply.Style.values().length],
                            List.of("The CIO's \"interface spec\" & SOC 2 = table stakes. ".repeat(80), "short line " + i))).toList(),
                    IntStream.range(0, 30).mapToObj(i -> new Reply.Action(Reply.ActionKind.ANSWER,
                            ("Answer's " + i + " ").repeat(10), "q:triage:" + (i % 4))).toList());

            assertThat(RENDERER.ephemeralJson(oversized)).isEqualTo(gson(oversized));
        }

        @Test
        void anEmptyReplyStillHasAHeader() {
            Reply empty = new Reply("", List.of(), List.of());

            assertThat(RENDERER.ephemeralJson(empty)).isEqualTo(gson(empty)).contains("\"header\"");
        }
    }

    @Nested
    class BlocksTheWriterDoesNotKnow {
        @Test
        void areLeftToGsonWhole() {
            List<LayoutBlock> blocks = new ArrayList<>(RENDERER.render(new Reply("t", List.of(), List.of())));
            blocks.add(SectionBlock.builder().text(BlockCompositions.markdownText("with an accessory"))
                    .accessory(BlockElements.button(b -> b.actionId("a").text(BlockCompositions.plainText("b")))).build());

            assertThat(BlockKitJson.message("ephemeral", "t", blocks)).isEmpty();
            assertThat(BlockKitJson.message("ephemeral", "t", blocks.subList(0, 1))).isPresent();
        }

        @Test
        void optionalFieldsTheWriterKnowsAreWrittenInGsonsOrder() {
            List<LayoutBlock> blocks = List.of(
                    SectionBlock.builder().blockId("s1").text(BlockCompositions.plainText(p -> p.text("plain").emoji(true))).build(),
                    com.slack.api.model.block.ActionsBlock.builder().blockId("row").elements(List.of(BlockElements.button(b -> b
                            .actionId("go").text(BlockCompositions.plainText("Go")).url("https://example.com/?a=1&b=2")
                            .value("v").style("primary").accessibilityLabel("Go on")))).build(),
                    com.slack.api.model.block.ContextBlock.builder().blockId("c").elements(List.of(
                            com.slack.api.model.block.composition.MarkdownTextObject.builder().text("*m*").verbatim(false).build())).build(),
                    com.slack.api.model.block.HeaderBlock.builder().blockId("h").text(BlockCompositions.plainText("H")).build());
            String gson = JsonOps.toJsonString(SlashCommandResponse.builder().responseType("in_channel").blocks(blocks).build());

            assertThat(BlockKitJson.message("in_channel", null, blocks)).contains(gson);
        }
    }
}
