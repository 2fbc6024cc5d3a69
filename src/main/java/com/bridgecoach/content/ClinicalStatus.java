package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where the clinical side (CMO, physician leaders) stands in a deal, weakest first. */
public enum ClinicalStatus {
    NOT_ENGAGED("not_engaged"),
    ENGAGED("engaged"),
    CHAMPION("champion"),
    ENDORSED("endorsed");

    private final String id;

    ClinicalStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<ClinicalStatus> find(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    @JsonCreator
    static ClinicalStatus fromJson(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown id '" + id + "' (expected one of " + Arrays.stream(values()).map(ClinicalStatus::id).toList() + ")"));
    }
}
