package com.bridgecoach.http;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as the Slack adapter needs it, free of any server library's types.
 *
 * @param headers header names in lower case
 */
public record InboundRequest(String path, Map<String, List<String>> headers, String query, String body, String remoteAddress) {

    public InboundRequest {
        headers = lowerCased(headers);
        body = body == null ? "" : body;
        query = query == null ? "" : query;
    }

    /** Names in lower case (the first of two names differing only in case wins), values copied, all unmodifiable. */
    private static Map<String, List<String>> lowerCased(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new HashMap<>(headers.size() * 2);
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            out.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), List.copyOf(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
