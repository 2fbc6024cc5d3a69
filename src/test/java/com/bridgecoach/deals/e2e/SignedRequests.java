package com.bridgecoach.deals.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to the server as Slack does: signed with the v0 HMAC scheme, built from the shared samples. */
final class SignedRequests {
    static final String SECRET = "e2e-signing-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> post(int port, String contentType, String body) throws IOException, InterruptedException {
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", signature(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> command(int port, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("token", "legacy");
        all.put("team_id", "T1");
        all.put("team_domain", "hospital-sales");
        all.put("command", "/coach");
        all.put("trigger_id", "trigger-" + System.nanoTime());
        all.putAll(fields);
        return post(port, "application/x-www-form-urlencoded", formBody(all));
    }

    /** A block_actions payload from the sample, with one button click. */
    HttpResponse<String> click(int port, Click click) throws IOException, InterruptedException {
        ObjectNode p = (ObjectNode) JSON.readTree(Files.readString(FakeSlackApi.SAMPLES.resolve("interactivity/BlockActionPayload.json")));
        p.remove(java.util.List.of("enterprise", "view", "state", "app_unfurl", "function_data", "interactivity", "message"));
        p.put("is_enterprise_install", false);
        ((ObjectNode) p.get("team")).put("id", "T1").put("domain", "hospital-sales").remove(java.util.List.of("enterprise_id", "enterprise_name"));
        ((ObjectNode) p.get("user")).put("id", click.user()).put("username", "rep").put("name", "rep").put("team_id", "T1");
        ObjectNode container = (ObjectNode) p.get("container");
        container.removeAll();
        container.put("type", click.channel().startsWith("V") ? "view" : "message")
                .put("message_ts", click.messageTs()).put("channel_id", click.channel()).put("is_ephemeral", true);
        ((ObjectNode) p.get("channel")).put("id", click.channel()).put("name", click.channelName());
        p.put("trigger_id", "trigger-" + System.nanoTime());
        p.put("response_url", click.responseUrl());
        p.put("api_app_id", "A1");
        ArrayNode actions = JSON.createArrayNode();
        actions.addObject().put("action_id", click.actionId()).put("block_id", "b1").put("value", click.value())
                .put("type", "button").put("action_ts", click.actionTs())
                .putObject("text").put("type", "plain_text").put("text", "Share to channel");
        p.set("actions", actions);
        return post(port, "application/x-www-form-urlencoded", "payload=" + URLEncoder.encode(JSON.writeValueAsString(p), StandardCharsets.UTF_8));
    }

    /** The app_home_opened sample, addressed to one user. */
    HttpResponse<String> homeOpened(int port, String user) throws IOException, InterruptedException {
        ObjectNode p = (ObjectNode) JSON.readTree(Files.readString(FakeSlackApi.SAMPLES.resolve("events/AppHomeOpenedPayload.json")));
        p.put("type", "event_callback").put("team_id", "T1").put("api_app_id", "A1").put("event_id", "Ev" + System.nanoTime());
        p.remove("enterprise_id");
        ObjectNode event = (ObjectNode) p.get("event");
        event.put("user", user).put("channel", "D1").put("tab", "home").put("event_ts", "1700000000.000100");
        event.remove("view");
        return post(port, "application/json", JSON.writeValueAsString(p));
    }

    /** One button click as Slack describes it. */
    record Click(String user, String channel, String channelName, String messageTs, String actionId, String value,
                 String actionTs, String responseUrl) {
    }

    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String signature(String ts, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
