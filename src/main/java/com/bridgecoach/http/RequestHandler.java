package com.bridgecoach.http;

/** Answers one HTTP request; the web server hands Slack's requests to one of these. */
@FunctionalInterface
public interface RequestHandler {
    OutboundResponse handle(InboundRequest request);
}
