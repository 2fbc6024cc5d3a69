package com.bridgecoach.slack;

import com.slack.api.methods.MethodsClient;

/** One kind of conversation the bot takes part in; it takes a message or leaves it for the next route. */
@FunctionalInterface
interface MessageRoute {

    /** Answers the message and returns true, or returns false without doing anything. */
    boolean take(IncomingMessage message, MethodsClient client);
}
