package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where the technical side (CIO, IT leadership) stands in a deal, weakest first. */
public enum ItStatus {
    NOT_ENGAGED("not_engaged"),
    FEASIBILITY_CHECKED("feasibility_checked"),
    CHAMPION("champion"),
    ENDORSED("endorsed");

    private final String id;

    ItStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<ItStatus> find(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    @JsonCreator
    static ItStatus fromJson(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown id '" + id + "' (expected one of " + Arrays.stream(values()).map(ItStatus::id).toList() + ")"));
    }
}
