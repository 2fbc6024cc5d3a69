package com.bridgecoach.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What reps typed, for debugging only: logged to {@code bridgecoach.text} at DEBUG, which is off unless the
 * operator sets {@code LOG_MESSAGE_TEXT=true}. Nothing else in the app logs message text.
 */
final class TextLog {
    static final String LOGGER = "bridgecoach.text";
    private static final Logger TEXT = LoggerFactory.getLogger(LOGGER);

    private TextLog() {
    }

    static void received(String kind, String user, String channel, String text) {
        if (TEXT.isDebugEnabled()) {
            TEXT.debug("kind={} user={} channel={} text=\"{}\"", kind, user, channel, text);
        }
    }
}
