package com.bridgecoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.Headings;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Reply} as Block Kit, within Slack's limits: a message carries at most 50 blocks,
 * a section's text 3000 characters, a header 150, a button label 75 and an action id 255. Text too long
 * for one block is split at line or word boundaries; blocks beyond the limit are dropped with a note.
 */
final class BlockKitRenderer {
    static final int MAX_BLOCKS = 50;
    static final int MAX_SECTION_TEXT = 3000;
    static final int MAX_HEADER_TEXT = 150;
    static final int MAX_CONTEXT_TEXT = 2000;
    static final int MAX_BUTTON_LABEL = 75;
    static final int MAX_BUTTON_VALUE = 2000;
    static final int MAX_BUTTONS_PER_BLOCK = 25;
    static final int MAX_FALLBACK_TEXT = 3000;

    private final Headings.Slack words;

    /** @param words the modal's close button and the note on a message cut short */
    BlockKitRenderer(Headings.Slack words) {
        this.words = words;
    }

    List<LayoutBlock> render(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(trim(reply.title(), MAX_HEADER_TEXT)))));
        for (Reply.Section s : reply.sections()) {
            if (s.style() == Reply.Style.CONTEXT) {
                for (String piece : split(escape(String.join("\n", s.lines())), MAX_CONTEXT_TEXT)) {
                    blocks.add(context(List.of(markdownText(piece))));
                }
                continue;
            }
            StringBuilder text = new StringBuilder();
            if (s.heading() != null) {
                text.append('*').append(escape(s.heading())).append("*\n");
            }
            for (String line : s.lines()) {
                text.append(switch (s.style()) {
                    case SAY -> "> " + escape(line);
                    case LIST -> "\u2022 " + escape(line);
                    default -> escape(line);
                }).append('\n');
            }
            for (String piece : split(text.toString().stripTrailing(), MAX_SECTION_TEXT)) {
                blocks.add(section(b -> b.text(markdownText(piece))));
            }
        }
        List<BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < reply.actions().size(); i++) {
            Reply.Action a = reply.actions().get(i);
            String actionId = actionId(a, i);
            buttons.add(button(b -> b.actionId(actionId)
                    .text(plainText(trim(a.label(), MAX_BUTTON_LABEL)))
                    .value(trim(a.value(), MAX_BUTTON_VALUE))));
        }
        List<LayoutBlock> actionBlocks = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += MAX_BUTTONS_PER_BLOCK) {
            List<BlockElement> chunk = List.copyOf(buttons.subList(i, Math.min(buttons.size(), i + MAX_BUTTONS_PER_BLOCK)));
            actionBlocks.add(actions(chunk));
        }
        return fit(blocks, actionBlocks);
    }

    /** Slack's limits on a modal: 24 characters of title, 100 blocks. */
    static final int MAX_MODAL_TITLE = 24;

    /** The reply as a modal view; buttons are left out, since a modal here only shows an answer. */
    View modal(Reply reply, String callbackId) {
        Reply shown = new Reply(reply.title(), reply.sections(), List.of());
        return View.builder()
                .type("modal")
                .callbackId(callbackId)
                .title(ViewTitle.builder().type("plain_text").text(trim(reply.title(), MAX_MODAL_TITLE)).build())
                .close(ViewClose.builder().type("plain_text").text(words.close()).build())
                .blocks(render(shown))
                .build();
    }

    /**
     * The reply as the JSON of an ephemeral message, ready to send as an acknowledgement's body: the same JSON the
     * SDK writes for a {@code SlashCommandResponse} with these blocks, written without Gson's reflection.
     */
    String ephemeralJson(Reply reply) {
        String text = fallback(reply);
        List<LayoutBlock> blocks = render(reply);
        return BlockKitJson.message("ephemeral", text, blocks).orElseGet(() -> com.slack.api.bolt.util.JsonOps.toJsonString(
                com.slack.api.app_backend.slash_commands.response.SlashCommandResponse.builder()
                        .responseType("ephemeral").text(text).blocks(blocks).build()));
    }

    /** Plain text for notifications and clients that cannot show blocks. */
    String fallback(Reply reply) {
        return trim(reply.title(), MAX_FALLBACK_TEXT);
    }

    private static String actionId(Reply.Action a, int index) {
        return SlackIds.actionId(a.kind(), index);
    }

    /** Keeps the buttons (they are what the rep acts on) and as much text as fits before them. */
    private List<LayoutBlock> fit(List<LayoutBlock> blocks, List<LayoutBlock> actionBlocks) {
        int room = MAX_BLOCKS - actionBlocks.size();
        List<LayoutBlock> out = new ArrayList<>();
        if (blocks.size() > room) {
            out.addAll(blocks.subList(0, room - 1));
            out.add(context(List.of(markdownText(Headings.fill(words.partsLeftOut(), java.util.Map.of("count", blocks.size() - room + 1))))));
        } else {
            out.addAll(blocks);
        }
        out.addAll(actionBlocks);
        return out;
    }

    /** Splits text into pieces of at most {@code max} characters, preferring line, then word boundaries. */
    static List<String> split(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut < max / 2) {
                cut = outsideEntity(rest, max);
            }
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest.isEmpty() ? " " : rest);
        }
        return pieces;
    }

    /** A hard cut at {@code cut}, moved back so it never splits an escape such as {@code &amp;} in two. */
    private static int outsideEntity(String text, int cut) {
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp > 0 && cut - amp < "&amp;".length()) {
            int semicolon = text.indexOf(';', amp);
            if (semicolon >= cut) {
                return amp;
            }
        }
        return cut;
    }

    static String trim(String text, int max) {
        if (text == null || text.isEmpty()) {
            return " ";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** Slack's mrkdwn treats these three characters as control characters. */
    static String escape(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0) {
            return text;
        }
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return escaped.contains("&lt;@") ? USER_MENTION.matcher(escaped).replaceAll("<@$1>") : escaped;
    }

    private static final java.util.regex.Pattern USER_MENTION = java.util.regex.Pattern.compile("&lt;@([UW][A-Z0-9]+)&gt;");
}
