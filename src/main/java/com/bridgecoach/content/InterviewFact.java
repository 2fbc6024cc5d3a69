package com.bridgecoach.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What an interview question finds out about a deal; each question settles one fact. */
public enum InterviewFact {
    /** Who carries the deal inside the hospital: an id under {@code champions}. */
    CHAMPION("champion"),
    /** Which conflict IT is in: a pattern id. */
    PATTERN("pattern"),
    /** Which form of that conflict: an id under {@code variants}. */
    VARIANT("variant"),
    /** Where the deal stands in the commitment cascade: an id under {@code cascade}. */
    STAGE("stage");

    private final String id;

    InterviewFact(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<InterviewFact> find(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    @JsonCreator
    static InterviewFact fromJson(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown fact '" + id + "' (expected one of " + Arrays.stream(values()).map(InterviewFact::id).toList() + ")"));
    }
}
