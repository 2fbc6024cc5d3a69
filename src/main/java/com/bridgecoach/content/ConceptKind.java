package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Which side of the deal a selling concept starts on, before it is translated. */
public enum ConceptKind {
    TECHNICAL("technical"),
    CLINICAL("clinical"),
    FINANCIAL("financial"),
    OPERATIONAL("operational");

    private final String id;

    ConceptKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    static ConceptKind fromJson(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown concept kind '" + id + "' (expected technical, clinical, financial or operational)"));
    }
}
