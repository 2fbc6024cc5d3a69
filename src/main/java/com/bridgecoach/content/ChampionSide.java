package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Which side the rep's champion sits on: a clinical champion sells to IT, a technical one to clinical. */
public enum ChampionSide {
    CLINICAL("clinical"),
    TECHNICAL("technical");

    private final String id;

    ChampionSide(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<ChampionSide> find(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    @JsonCreator
    static ChampionSide fromJson(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown champion side '" + id + "' (expected clinical or technical)"));
    }
}
