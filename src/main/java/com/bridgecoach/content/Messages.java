package com.bridgecoach.content;

import java.util.List;
import java.util.Map;

/** The coach's own words around the coaching: help, the notices it gives about input, and the headings of replies. */
public record Messages(Help help, Map<String, String> notices, Headings headings) {

    public Messages {
        notices = Map.copyOf(notices);
    }

    public record Help(String title, String intro, List<Command> commands, String tip) {
        public Help {
            commands = List.copyOf(commands);
        }
    }

    /** One line of the help: how to call it, and what it is for. */
    public record Command(String name, String usage, String what) {
    }

    /** A notice by key, with {placeholders} filled in. */
    public String notice(Notice key, Map<String, ?> values) {
        String text = notices.get(key.key());
        for (Map.Entry<String, ?> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return text;
    }

    public String notice(Notice key) {
        return notice(key, Map.of());
    }
}
