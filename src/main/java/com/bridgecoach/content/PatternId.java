package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The stable ids of the CMO–CIO conflict patterns, used in content, JSON, the CLI and tests. */
public enum PatternId {
    IT_VETO("it_veto"),
    RESOURCE_CONSTRAINT("resource_constraint"),
    TERRITORIAL_PROTECTION("territorial_protection"),
    PRIORITY_CONFLICT("priority_conflict"),
    UNCLEAR("unclear");

    private final String id;

    PatternId(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The four real conflicts, without {@link #UNCLEAR}. */
    public static List<PatternId> conflicts() {
        return List.of(IT_VETO, RESOURCE_CONSTRAINT, TERRITORIAL_PROTECTION, PRIORITY_CONFLICT);
    }

    public boolean isConflict() {
        return this != UNCLEAR;
    }

    public static Optional<PatternId> find(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    @JsonCreator
    static PatternId fromJson(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown pattern id '" + id + "' (expected one of " + Arrays.stream(values()).map(PatternId::id).toList() + ")"));
    }
}
