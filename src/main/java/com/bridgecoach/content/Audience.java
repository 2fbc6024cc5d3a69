package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Who a message is written for. */
public enum Audience {
    CMO("cmo"),
    CIO("cio"),
    BRIDGE("bridge");

    private final String id;

    Audience(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Audience> find(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    @JsonCreator
    static Audience fromJson(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown audience '" + id + "' (expected cmo, cio or bridge)"));
    }
}
