package com.bridgecoach.coach;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state a Share button carries so that any replica can rebuild the result from the click alone:
 * a kind and its payload (the situation text, a pattern id, or an answer value), within Slack's
 * 2000-character limit on a button value.
 */
public record ShareValue(Kind kind, String payload) {
    public static final int MAX_LENGTH = 2000;

    /** What the payload is. */
    public enum Kind {
        /** The situation text: the diagnosis is run again, identically. */
        DIAGNOSIS("d"),
        /** A pattern id: its playbook, for situations too long to carry. */
        PATTERN("p"),
        /** An answer to one of the coach's questions. */
        ANSWER("a"),
        /** A finished guided interview: its sealed state rebuilds the card. */
        INTERVIEW("i");

        private final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    public ShareValue {
        if (kind == null || payload == null || payload.isBlank()) {
            throw new IllegalArgumentException("a share value needs a kind and a payload");
        }
    }

    /** The value for a diagnosed situation; a situation too long for a button carries its pattern instead. */
    public static ShareValue ofSituation(String situation, Supplier<String> patternId) {
        String text = situation == null ? "" : situation.strip();
        return text.length() + 2 <= MAX_LENGTH && !text.isEmpty()
                ? new ShareValue(Kind.DIAGNOSIS, text)
                : new ShareValue(Kind.PATTERN, patternId.get());
    }

    public String encode() {
        return kind.code + "|" + payload;
    }

    public static Optional<ShareValue> parse(String value) {
        if (value == null || value.length() < 3 || value.charAt(1) != '|' || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String code = value.substring(0, 1);
        String payload = value.substring(2);
        if (payload.isBlank()) {
            return Optional.empty();
        }
        for (Kind k : Kind.values()) {
            if (k.code.equals(code)) {
                return Optional.of(new ShareValue(k, payload));
            }
        }
        return Optional.empty();
    }
}
