package com.bridgecoach;

import ch.qos.logback.core.PropertyDefinerBase;

/**
 * The level of the {@code bridgecoach.text} logger, read by logback.xml: DEBUG when the operator sets
 * {@code LOG_MESSAGE_TEXT=true}, otherwise OFF, so what reps type about their deals stays out of the logs.
 */
public final class MessageTextLevel extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return levelFor(System.getenv("LOG_MESSAGE_TEXT"));
    }

    static String levelFor(String setting) {
        return setting != null && setting.strip().equalsIgnoreCase("true") ? "DEBUG" : "OFF";
    }
}
