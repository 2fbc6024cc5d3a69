package com.bridgecoach.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import java.util.Optional;

/**
 * Writes a message (response type, fallback text, blocks) as JSON straight from the Block Kit model, for the
 * blocks {@link BlockKitRenderer} makes: headers, sections, contexts and rows of buttons. The text is the same,
 * byte for byte, as the SDK's Gson writes (snake_case names in declaration order, nulls left out, HTML-safe
 * escapes), at a small part of the cost: no reflection and no intermediate tree. Anything else (a block or
 * element kind, or a field, this writer does not know) gives empty, and the caller uses the SDK's Gson.
 */
final class BlockKitJson {

    private BlockKitJson() {
    }

    /** The message as JSON, or empty when the blocks hold something only the SDK's Gson knows how to write. */
    static Optional<String> message(String responseType, String text, List<LayoutBlock> blocks) {
        StringBuilder out = new StringBuilder(4096);
        out.append('{');
        boolean first = true;
        if (responseType != null) {
            name(out, "response_type");
            string(out, responseType);
            first = false;
        }
        if (text != null) {
            if (!first) {
                out.append(',');
            }
            name(out, "text");
            string(out, text);
            first = false;
        }
        if (blocks != null) {
            if (!first) {
                out.append(',');
            }
            name(out, "blocks");
            out.append('[');
            for (int i = 0; i < blocks.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                if (!block(out, blocks.get(i))) {
                    return Optional.empty();
                }
            }
            out.append(']');
        }
        return Optional.of(out.append('}').toString());
    }

    private static boolean block(StringBuilder out, LayoutBlock block) {
        if (block == null) {
            return false;
        }
        if (block.getClass() == HeaderBlock.class) {
            HeaderBlock h = (HeaderBlock) block;
            out.append("{\"type\":\"header\"");
            optional(out, "block_id", h.getBlockId());
            if (h.getText() != null) {
                out.append(',');
                name(out, "text");
                if (!text(out, h.getText())) {
                    return false;
                }
            }
        } else if (block.getClass() == SectionBlock.class) {
            SectionBlock s = (SectionBlock) block;
            if (s.getFields() != null || s.getAccessory() != null || s.getExpand() != null) {
                return false;
            }
            out.append("{\"type\":\"section\"");
            if (s.getText() != null) {
                out.append(',');
                name(out, "text");
                if (!text(out, s.getText())) {
                    return false;
                }
            }
            optional(out, "block_id", s.getBlockId());
        } else if (block.getClass() == ContextBlock.class) {
            ContextBlock c = (ContextBlock) block;
            out.append("{\"type\":\"context\"");
            if (c.getElements() != null) {
                out.append(',');
                name(out, "elements");
                out.append('[');
                for (int i = 0; i < c.getElements().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    ContextBlockElement e = c.getElements().get(i);
                    if (!(e instanceof PlainTextObject || e instanceof MarkdownTextObject) || !text(out, e)) {
                        return false;
                    }
                }
                out.append(']');
            }
            optional(out, "block_id", c.getBlockId());
        } else if (block.getClass() == ActionsBlock.class) {
            ActionsBlock a = (ActionsBlock) block;
            out.append("{\"type\":\"actions\"");
            if (a.getElements() != null) {
                out.append(',');
                name(out, "elements");
                out.append('[');
                for (int i = 0; i < a.getElements().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    if (!button(out, a.getElements().get(i))) {
                        return false;
                    }
                }
                out.append(']');
            }
            optional(out, "block_id", a.getBlockId());
        } else {
            return false;
        }
        out.append('}');
        return true;
    }

    private static boolean button(StringBuilder out, BlockElement element) {
        if (element == null || element.getClass() != ButtonElement.class) {
            return false;
        }
        ButtonElement b = (ButtonElement) element;
        if (b.getConfirm() != null) {
            return false;
        }
        out.append("{\"type\":\"button\"");
        if (b.getText() != null) {
            out.append(',');
            name(out, "text");
            if (!text(out, b.getText())) {
                return false;
            }
        }
        optional(out, "action_id", b.getActionId());
        optional(out, "url", b.getUrl());
        optional(out, "value", b.getValue());
        optional(out, "style", b.getStyle());
        optional(out, "accessibility_label", b.getAccessibilityLabel());
        out.append('}');
        return true;
    }

    /** A plain_text or mrkdwn text object; false for any other kind. */
    private static boolean text(StringBuilder out, Object text) {
        if (text != null && text.getClass() == PlainTextObject.class) {
            PlainTextObject t = (PlainTextObject) text;
            out.append("{\"type\":\"plain_text\"");
            optional(out, "text", t.getText());
            if (t.getEmoji() != null) {
                out.append(",\"emoji\":").append(t.getEmoji().booleanValue());
            }
        } else if (text != null && text.getClass() == MarkdownTextObject.class) {
            MarkdownTextObject t = (MarkdownTextObject) text;
            out.append("{\"type\":\"mrkdwn\"");
            optional(out, "text", t.getText());
            if (t.getVerbatim() != null) {
                out.append(",\"verbatim\":").append(t.getVerbatim().booleanValue());
            }
        } else {
            return false;
        }
        out.append('}');
        return true;
    }

    private static void optional(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(',');
            name(out, name);
            string(out, value);
        }
    }

    private static void name(StringBuilder out, String name) {
        out.append('"').append(name).append("\":");
    }

    /** Gson's escapes for the characters below 128 that need one; null where the character stands for itself. */
    private static final String[] ESCAPES = new String[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = String.format("\\u%04x", c);
        }
        ESCAPES['"'] = "\\\"";
        ESCAPES['\\'] = "\\\\";
        ESCAPES['\t'] = "\\t";
        ESCAPES['\b'] = "\\b";
        ESCAPES['\n'] = "\\n";
        ESCAPES['\r'] = "\\r";
        ESCAPES['\f'] = "\\f";
        // HTML-sensitive characters, as Gson's default HTML-safe writer escapes them
        for (char c : new char[] {'<', '>', '&', '=', '\''}) {
            ESCAPES[c] = String.format("\\u%04x", (int) c);
        }
    }

    /** A JSON string with Gson's escapes: quotes, backslashes, controls, U+2028/9, and the HTML-sensitive <>&=' as \\u. */
    static void string(StringBuilder out, String s) {
        out.append('"');
        int start = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            String escape;
            if (c < 128) {
                escape = ESCAPES[c];
                if (escape == null) {
                    continue;
                }
            } else if (c == '\u2028') {
                escape = "\\u2028";
            } else if (c == '\u2029') {
                escape = "\\u2029";
            } else {
                continue;
            }
            out.append(s, start, i).append(escape);
            start = i + 1;
        }
        out.append(s, start, length).append('"');
    }
}
