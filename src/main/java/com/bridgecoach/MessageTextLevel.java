package com.bridgecoach;

/**
 * The level of the {@code bridgecoach.text} logger, set by {@link LogbackConfigurator}: DEBUG when the operator
 * sets {@code LOG_MESSAGE_TEXT=true}, otherwise OFF, so what reps type about their deals stays out of the logs.
 */
public final class MessageTextLevel {
    private MessageTextLevel() {
    }

    static String levelFor(String setting) {
        return setting != null && setting.strip().equalsIgnoreCase("true") ? "DEBUG" : "OFF";
    }
}
