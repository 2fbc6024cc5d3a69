package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Why a share or a plan could not be put in a channel; each has the coach's words in {@code deals.yml}. */
public enum Refusal {
    NOT_IN_CHANNEL("not_in_channel"),
    PRIVATE_CHANNEL("private_channel"),
    CHANNEL_NOT_FOUND("channel_not_found"),
    DIRECT_MESSAGE("direct_message"),
    ARCHIVED("archived"),
    ALREADY_PINNED("already_pinned"),
    MISSING_SCOPE("missing_scope"),
    RATE_LIMITED("rate_limited"),
    FAILED("failed");

    private final String id;

    Refusal(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Refusal> find(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    @JsonCreator
    static Refusal fromJson(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown id '" + id + "' (expected one of " + Arrays.stream(values()).map(Refusal::id).toList() + ")"));
    }
}
