package com.bridgecoach.slack;

import com.slack.api.methods.MethodsClient;
import java.util.List;

/**
 * Hands a message to the first route that takes it. Order matters: a conversation already under way
 * (a practice thread) comes before coaching a new situation.
 */
final class MessageDispatcher {
    private final List<MessageRoute> routes;

    MessageDispatcher(List<MessageRoute> routes) {
        this.routes = List.copyOf(routes);
    }

    /** True when some route took the message. */
    boolean dispatch(IncomingMessage message, MethodsClient client) {
        TextLog.received(message.mention() ? "mention" : "message", message.user(), message.channel(), message.text());
        for (MessageRoute route : routes) {
            if (route.take(message, client)) {
                return true;
            }
        }
        return false;
    }
}
