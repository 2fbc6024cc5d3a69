package com.bridgecoach.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An HTTP request as the Slack adapter needs it, free of any server library's types.
 *
 * @param headers header names in lower case
 */
public record InboundRequest(String path, Map<String, List<String>> headers, String query, String body, String remoteAddress) {

    public InboundRequest {
        headers = headers.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), e -> List.copyOf(e.getValue()), (a, b) -> a));
        body = body == null ? "" : body;
        query = query == null ? "" : query;
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
