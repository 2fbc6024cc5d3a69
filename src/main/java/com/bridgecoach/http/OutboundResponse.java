package com.bridgecoach.http;

import java.util.List;
import java.util.Map;

/** The answer to an {@link InboundRequest}. */
public record OutboundResponse(int status, String contentType, Map<String, List<String>> headers, String body) {

    public OutboundResponse {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public static OutboundResponse json(int status, String body) {
        return new OutboundResponse(status, "application/json; charset=utf-8", Map.of(), body);
    }

    public static OutboundResponse error(int status, String message) {
        return json(status, "{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
