package com.bridgecoach.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests shaped like Slack's, signed with Slack's v0 scheme: {@code X-Slack-Signature: v0=hex(HMAC-SHA256(secret,
 * "v0:" + timestamp + ":" + body))} and {@code X-Slack-Request-Timestamp}. Bodies start from the samples in
 * {@code src/test/resources/slack/}.
 */
public final class SignedRequests {
    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String JSON = "application/json";

    /** How a request is signed. */
    public enum Signing {
        /** Signed now with the right secret. */
        VALID,
        /** No signature headers at all. */
        NONE,
        /** Signed with another secret. */
        WRONG_SECRET,
        /** Signed correctly, six minutes ago: outside Slack's five-minute window. */
        STALE
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI server;
    private final String signingSecret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger triggers = new AtomicInteger();

    /** @param server the base URL of the server, e.g. {@code http://127.0.0.1:1234} */
    public SignedRequests(URI server, String signingSecret, Clock clock) {
        this.server = server;
        this.signingSecret = signingSecret;
        this.clock = clock;
    }

    /** A trigger id no earlier request of this instance used. */
    public String newTriggerId() {
        return "1337." + triggers.incrementAndGet() + "." + Long.toHexString(System.nanoTime());
    }

    /** The fields of a {@code /coach} slash command, from the sample, with {@code text} and fresh ids. */
    public Map<String, String> slashCommand(String userId, String text, String responseUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        ObjectNode sample = resource("/slack/commands/SlashCommandPayload.json");
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = sample.fields(); it.hasNext(); ) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field = it.next();
            fields.put(field.getKey(), field.getValue().asText());
        }
        fields.put("token", "legacy-verification-token");
        fields.put("api_app_id", "A0BRIDGE");
        fields.put("team_id", "T0BRIDGE");
        fields.put("team_domain", "bridge-test");
        fields.put("enterprise_id", "");
        fields.put("channel_id", "C0DEALS");
        fields.put("channel_name", "deals");
        fields.put("user_id", userId);
        fields.put("user_name", userId.toLowerCase());
        fields.put("command", "/coach");
        fields.put("text", text);
        fields.put("response_url", responseUrl);
        fields.put("trigger_id", newTriggerId());
        return fields;
    }

    /** A {@code block_actions} payload (the sample, rewritten) for one button click, as the form Slack posts. */
    public String blockActionForm(String userId, String actionId, String value, String responseUrl, String triggerId) {
        ObjectNode payload = resource("/slack/interactivity/BlockActionPayload.json");
        payload.withObject("/team").put("id", "T0BRIDGE").put("domain", "bridge-test");
        payload.withObject("/user").put("id", userId).put("username", userId.toLowerCase()).put("name", userId.toLowerCase())
                .put("team_id", "T0BRIDGE");
        payload.remove("enterprise");
        payload.put("api_app_id", "A0BRIDGE");
        payload.put("trigger_id", triggerId);
        payload.put("response_url", responseUrl);
        payload.put("is_enterprise_install", false);
        payload.withObject("/channel").put("id", "C0DEALS").put("name", "deals");
        payload.withObject("/container").put("type", "message").put("channel_id", "C0DEALS").put("is_ephemeral", true);
        ArrayNode actions = payload.putArray("actions");
        ObjectNode action = actions.addObject();
        action.put("type", "button").put("action_id", actionId).put("block_id", "answers").put("value", value)
                .put("action_ts", clock.instant().getEpochSecond() + ".000100");
        action.putObject("text").put("type", "plain_text").put("text", "answer");
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    /** Encodes fields as Slack encodes a slash command body. */
    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** POSTs {@code body} to {@code /slack/events}, signed now. */
    public HttpResponse<String> post(String contentType, String body) {
        return post(contentType, body, Signing.VALID);
    }

    public HttpResponse<String> post(String contentType, String body, Signing signing) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve("/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        long now = clock.instant().getEpochSecond();
        switch (signing) {
            case VALID -> sign(request, signingSecret, now, body);
            case WRONG_SECRET -> sign(request, signingSecret + "-not", now, body);
            case STALE -> sign(request, signingSecret, now - Duration.ofMinutes(6).toSeconds(), body);
            case NONE -> { }
        }
        return send(request.build());
    }

    /** A GET on the server, e.g. {@code /health}. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    /** Slack's v0 signature of {@code body} sent at {@code timestamp}. */
    public static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sign(HttpRequest.Builder request, String secret, long timestamp, String body) {
        String ts = String.valueOf(timestamp);
        request.header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature(secret, ts, body));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode resource(String name) {
        try (InputStream in = SignedRequests.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Additions for the end-to-end tests of interview, translation and practice ----

    /** An interactive payload ({@code block_actions}, {@code shortcut}, {@code message_action}) as the form Slack posts. */
    public static String payloadForm(String payloadJson) {
        return "payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8);
    }

    /** POSTs {@code body} signed now, with extra headers (e.g. {@code X-Slack-Retry-Num}). */
    public HttpResponse<String> post(String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve("/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        sign(request, signingSecret, clock.instant().getEpochSecond(), body);
        headers.forEach(request::header);
        return send(request.build());
    }

    /** POSTs {@code body} with the timestamp of now and the given {@code X-Slack-Signature}, right or not. */
    public HttpResponse<String> postSignedAs(String contentType, String body, String signature) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(clock.instant().getEpochSecond()))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request);
    }

    /** A sample from {@code src/test/resources/slack/}, e.g. {@code /slack/interactivity/MessageShortcutPayload.json}. */
    public static ObjectNode sample(String name) {
        return resource(name);
    }

    /**
     * A {@code block_actions} payload (the sample, trimmed to what a plain message click carries) for one button click
     * on the message {@code messageTs} in {@code channelId} (a {@code V...} id makes the container a view), as the form
     * Slack posts.
     */
    public String blockActionForm(String userId, String channelId, String channelName, String messageTs, String actionId,
            String value, String actionTs, String responseUrl) {
        ObjectNode p = resource("/slack/interactivity/BlockActionPayload.json");
        p.remove(java.util.List.of("enterprise", "view", "state", "app_unfurl", "function_data", "interactivity", "message"));
        p.put("is_enterprise_install", false);
        ((ObjectNode) p.get("team")).put("id", "T1").put("domain", "hospital-sales").remove(java.util.List.of("enterprise_id", "enterprise_name"));
        ((ObjectNode) p.get("user")).put("id", userId).put("username", "rep").put("name", "rep").put("team_id", "T1");
        ObjectNode container = (ObjectNode) p.get("container");
        container.removeAll();
        container.put("type", channelId.startsWith("V") ? "view" : "message")
                .put("message_ts", messageTs).put("channel_id", channelId).put("is_ephemeral", true);
        ((ObjectNode) p.get("channel")).put("id", channelId).put("name", channelName);
        p.put("trigger_id", newTriggerId());
        p.put("response_url", responseUrl);
        p.put("api_app_id", "A1");
        ArrayNode actions = MAPPER.createArrayNode();
        actions.addObject().put("action_id", actionId).put("block_id", "b1").put("value", value)
                .put("type", "button").put("action_ts", actionTs)
                .putObject("text").put("type", "plain_text").put("text", "Share to channel");
        p.set("actions", actions);
        return payloadForm(p.toString());
    }

    /** The {@code app_home_opened} event sample, addressed to {@code userId}, as the JSON body Slack posts. */
    public String appHomeOpened(String userId) {
        ObjectNode p = resource("/slack/events/AppHomeOpenedPayload.json");
        p.put("type", "event_callback").put("team_id", "T1").put("api_app_id", "A1").put("event_id", "Ev" + System.nanoTime());
        p.remove("enterprise_id");
        ObjectNode event = (ObjectNode) p.get("event");
        event.put("user", userId).put("channel", "D1").put("tab", "home").put("event_ts", "1700000000.000100");
        event.remove("view");
        return p.toString();
    }
}
