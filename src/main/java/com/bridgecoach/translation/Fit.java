package com.bridgecoach.translation;

import java.util.Locale;

/** Whether a draft fits the audience it is written for. */
public enum Fit {
    GOOD,
    POOR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
