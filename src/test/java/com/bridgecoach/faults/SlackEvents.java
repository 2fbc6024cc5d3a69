package com.bridgecoach.faults;

import com.bridgecoach.testing.SignedRequests;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Signed Events API deliveries for the fault tests, shaped like the samples in shared/slack-samples/events. */
final class SlackEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String secret;

    SlackEvents(String secret) {
        this.secret = secret;
    }

    /** A direct message to the bot, in the Events API envelope. */
    static String directMessage(String eventId, String channel, String user, String text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("token", "legacy");
        root.put("team_id", "T0BRIDGE");
        root.put("api_app_id", "A0BRIDGE");
        root.put("type", "event_callback");
        root.putArray("authorizations").addObject().put("team_id", "T0BRIDGE").put("user_id", "U00000000")
                .put("is_bot", true).put("is_enterprise_install", false);
        root.put("event_id", eventId);
        root.put("event_time", Clock.systemUTC().instant().getEpochSecond());
        ObjectNode e = root.putObject("event");
        e.put("type", "message");
        e.put("channel", channel);
        e.put("channel_type", "im");
        e.put("user", user);
        e.put("text", text);
        e.put("ts", "1800000000.000100");
        e.put("event_ts", "1800000000.000100");
        return root.toString();
    }

    /** POSTs {@code body} signed now; {@code retryNum} non-null marks it as Slack's redelivery. */
    CompletableFuture<HttpResponse<String>> post(URI server, String type, String body, String retryNum) {
        String ts = String.valueOf(Clock.systemUTC().instant().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve("/slack/events")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", type)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", SignedRequests.signature(secret, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retryNum != null) {
            request.header("X-Slack-Retry-Num", retryNum).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
