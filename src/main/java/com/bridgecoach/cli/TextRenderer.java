package com.bridgecoach.cli;

import com.bridgecoach.coach.Reply;
import java.util.List;

/** Renders a {@link Reply} for a terminal: plain text, lines to say set apart, actions numbered. */
final class TextRenderer {

    String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        out.append(reply.title()).append('\n');
        for (Reply.Section s : reply.sections()) {
            out.append('\n');
            if (s.heading() != null) {
                out.append(s.heading().toUpperCase(java.util.Locale.ROOT)).append('\n');
            }
            for (String line : s.lines()) {
                out.append(switch (s.style()) {
                    case TEXT -> line;
                    case SAY -> "  > " + line;
                    case LIST -> "  - " + line;
                    case CONTEXT -> "(" + line + ")";
                }).append('\n');
            }
        }
        List<Reply.Action> actions = reply.actions();
        if (!actions.isEmpty()) {
            out.append('\n');
            for (int i = 0; i < actions.size(); i++) {
                out.append("  [").append(i + 1).append("] ").append(actions.get(i).label()).append('\n');
            }
        }
        return out.toString();
    }
}
