package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Risks a deal plan can show; the deals package decides when each applies. */
public enum PlanWarning {
    SINGLE_THREADED_CLINICAL("single_threaded_clinical"),
    SINGLE_THREADED_TECHNICAL("single_threaded_technical"),
    FEASIBILITY_SKIPPED("feasibility_skipped"),
    ENDORSEMENT_BEFORE_CHAMPION("endorsement_before_champion");

    private final String id;

    PlanWarning(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<PlanWarning> find(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    @JsonCreator
    static PlanWarning fromJson(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown id '" + id + "' (expected one of " + Arrays.stream(values()).map(PlanWarning::id).toList() + ")"));
    }
}
