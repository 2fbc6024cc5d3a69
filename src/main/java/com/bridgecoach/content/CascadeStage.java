package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The commitment cascade, in its usual best order: IT feasibility, clinical champion, IT endorsement, joint commitment. */
public enum CascadeStage {
    FEASIBILITY_CHECK("feasibility_check"),
    CLINICAL_CHAMPION("clinical_champion"),
    IT_ENDORSEMENT("it_endorsement"),
    JOINT_COMMITMENT("joint_commitment");

    private final String id;

    CascadeStage(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<CascadeStage> find(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    @JsonCreator
    static CascadeStage fromJson(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown id '" + id + "' (expected one of " + Arrays.stream(values()).map(CascadeStage::id).toList() + ")"));
    }
}
