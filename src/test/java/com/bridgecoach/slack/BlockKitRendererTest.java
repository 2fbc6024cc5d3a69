package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.coach.Reply;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
    private static final BlockKitRenderer RENDERER = new BlockKitRenderer(new com.bridgecoach.content.ContentLoader()
            .load(com.bridgecoach.content.ContentSource.folder(java.nio.file.Path.of("prompts"))).messages().headings().slack());
    private final BlockKitRenderer renderer = RENDERER;
    private final Gson gson = GsonFactory.createSnakeCase();

    static List<ButtonElement> buttons(List<LayoutBlock> blocks) {
        List<ButtonElement> buttons = new ArrayList<>();
        for (LayoutBlock b : blocks) {
            if (b instanceof ActionsBlock a) {
                for (BlockElement e : a.getElements()) {
                    buttons.add((ButtonElement) e);
                }
            }
        }
        return buttons;
    }

    static List<String> markdownTexts(List<LayoutBlock> blocks) {
        List<String> texts = new ArrayList<>();
        for (LayoutBlock b : blocks) {
            if (b instanceof SectionBlock s) {
                texts.add(s.getText().getText());
            } else if (b instanceof ContextBlock c) {
                c.getElements().forEach(e -> texts.add(((MarkdownTextObject) e).getText()));
            }
        }
        return texts;
    }

    @Nested
    class AnOversizedReply {
        private final String hugeLine = ("The CIO wants the interface spec, the SOC 2 report and a support model before the board meets. ").repeat(55);
        private final Reply oversized = new Reply(
                "A title far longer than any Slack header allows, because a rep pasted a whole email into the deal name. ".repeat(3),
                IntStream.range(0, 60).mapToObj(i -> new Reply.Section("Part " + i,
                        Reply.Style.values()[i % Reply.Style.values().length], List.of(hugeLine, "short line " + i))).toList(),
                IntStream.range(0, 30).mapToObj(i -> new Reply.Action(Reply.ActionKind.ANSWER,
                        ("Answer " + i + " ").repeat(10), "q:triage:" + (i % 4))).toList());

        @Test
        void staysWithinSlacksLimits() {
            assertThat(hugeLine.length()).isGreaterThan(5000);
            List<LayoutBlock> blocks = renderer.render(oversized);

            assertThat(blocks).hasSizeLessThanOrEqualTo(50);
            HeaderBlock header = (HeaderBlock) blocks.get(0);
            assertThat(header.getText().getText()).hasSizeLessThanOrEqualTo(150).startsWith("A title far longer");
            for (LayoutBlock b : blocks) {
                if (b instanceof SectionBlock s) {
                    assertThat(s.getText().getText()).hasSizeBetween(1, 3000);
                } else if (b instanceof ContextBlock c) {
                    c.getElements().forEach(e -> assertThat(((MarkdownTextObject) e).getText()).hasSizeBetween(1, 3000));
                } else if (b instanceof ActionsBlock a) {
                    assertThat(a.getElements()).hasSizeLessThanOrEqualTo(25);
                }
            }
        }

        @Test
        void keepsEveryButtonWithShortLabelsAndUniqueActionIds() {
            List<ButtonElement> buttons = buttons(renderer.render(oversized));

            assertThat(buttons).hasSize(30);
            for (ButtonElement b : buttons) {
                assertThat(b.getText().getText()).hasSizeLessThanOrEqualTo(75).startsWith("Answer ");
                assertThat(b.getActionId()).hasSizeLessThanOrEqualTo(255).matches(SlackIds.ANSWER);
                assertThat(b.getValue()).hasSizeLessThanOrEqualTo(2000);
            }
            assertThat(new HashSet<>(buttons.stream().map(ButtonElement::getActionId).toList())).hasSize(30);
            assertThat(buttons.get(7).getValue()).isEqualTo("q:triage:3");
        }

        @Test
        void saysThatPartsWereLeftOutAndKeepsTheStartOfTheReply() {
            List<LayoutBlock> blocks = renderer.render(oversized);
            List<String> texts = markdownTexts(blocks);

            assertThat(texts.get(0)).startsWith("*Part 0*");
            assertThat(texts).anyMatch(t -> t.matches("_\\(\\d+ more parts left out: too long for one Slack message\\)_"));
            assertThat(blocks.get(blocks.size() - 1)).isInstanceOf(ActionsBlock.class);
        }

        @Test
        void splitsALongSectionAtWordsWithoutLosingText() {
            Reply one = new Reply("t", List.of(Reply.Section.text(null, hugeLine)), List.of());
            List<String> pieces = markdownTexts(renderer.render(one));

            assertThat(pieces).hasSizeGreaterThan(1);
            assertThat(pieces).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(3000).doesNotStartWith(" ").doesNotEndWith(" "));
            assertThat(String.join(" ", pieces)).isEqualTo(hugeLine.strip());
        }

        @Test
        void neverCutsAnEscapedCharacterInHalf() {
            Reply ampersands = new Reply("t", List.of(Reply.Section.text(null, "R&D".repeat(2500))), List.of());
            for (String piece : markdownTexts(renderer.render(ampersands))) {
                assertThat(piece).hasSizeLessThanOrEqualTo(3000);
                assertThat(piece.replace("&amp;", "")).doesNotContain("&").doesNotContain("amp;");
            }
        }
    }

    @Nested
    class Escaping {

        @Test
        void escapesTheThreeMrkdwnControlCharactersInEveryTextBlock() {
            Reply reply = new Reply("Epic <-> Cerner & the ADT feed", List.of(
                    Reply.Section.text("Q&A <draft>", "Interfaces: ADT -> orders & results <tbd>"),
                    new Reply.Section(null, Reply.Style.SAY, List.of("Is <@U123> the owner of the R&D build?")),
                    new Reply.Section(null, Reply.Style.CONTEXT, List.of("80% sure from \u201c<no bandwidth>\u201d & more"))), List.of());

            List<String> texts = markdownTexts(renderer.render(reply));

            assertThat(texts).containsExactly(
                    "*Q&amp;A &lt;draft&gt;*\nInterfaces: ADT -&gt; orders &amp; results &lt;tbd&gt;",
                    "> Is <@U123> the owner of the R&amp;D build?",
                    "80% sure from \u201c&lt;no bandwidth&gt;\u201d &amp; more");
        }

        @Test
        void leavesPlainTextHeadersAndButtonLabelsAlone() {
            Reply reply = new Reply("Epic <-> Cerner & ADT", List.of(),
                    List.of(new Reply.Action(Reply.ActionKind.ANSWER, "Security & <interfaces>", "q:triage:0")));
            List<LayoutBlock> blocks = renderer.render(reply);

            assertThat(((HeaderBlock) blocks.get(0)).getText().getText()).isEqualTo("Epic <-> Cerner & ADT");
            assertThat(buttons(blocks).get(0).getText().getText()).isEqualTo("Security & <interfaces>");
        }
    }

    @Nested
    class AsJson {

        @Test
        void aSmallReplyRendersToTheExpectedBlocks() throws IOException {
            Reply reply = new Reply("Resource constraint: IT says there's nobody to build it",
                    List.of(new Reply.Section(null, Reply.Style.CONTEXT, List.of("Resource constraint, 87% sure from \u201cno bandwidth\u201d.")),
                            Reply.Section.text("What's going on", "The analysts are buried in the Epic upgrade."),
                            new Reply.Section("Say next", Reply.Style.SAY, List.of("Which project has your people tied up right now?",
                                    "If our team built the interfaces, would that fit your calendar?")),
                            new Reply.Section("Avoid", Reply.Style.LIST, List.of("Promising it's easy without saying whose hours."))),
                    List.of(new Reply.Action(Reply.ActionKind.ANSWER, "Not enough staff", "q:triage:1"),
                            new Reply.Action(Reply.ActionKind.HELP, "Help", "help")));

            JsonElement actual = gson.toJsonTree(renderer.render(reply));

            assertThat(actual).isEqualTo(expected("/slack/blockkit/small-reply.json"));
        }

        private JsonArray expected(String name) throws IOException {
            try (InputStream in = getClass().getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonArray();
            }
        }
    }

    @Test
    void theFallbackTextIsTheTitleWithinLimits() {
        assertThat(renderer.fallback(new Reply("x".repeat(5000), List.of(), List.of()))).hasSizeLessThanOrEqualTo(3000);
        assertThat(renderer.fallback(Reply.notice("Give me 60 seconds"))).isEqualTo("Give me 60 seconds");
    }
}
