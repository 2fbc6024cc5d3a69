package com.bridgecoach.practice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a role-play stands or ended. */
public enum Outcome {
    IN_PROGRESS,
    WON_OVER,
    WALKED_AWAY,
    OUT_OF_TURNS,
    ENDED_BY_REP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean over() {
        return this != IN_PROGRESS;
    }

    public static Optional<Outcome> find(String id) {
        return Arrays.stream(values()).filter(o -> o.id().equals(id)).findFirst();
    }
}
