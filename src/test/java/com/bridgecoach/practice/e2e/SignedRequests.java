package com.bridgecoach.practice.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to /slack/events signed the way Slack signs them (v0 HMAC-SHA256 over "v0:timestamp:body"). */
final class SignedRequests {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String secret;
    private int port;

    SignedRequests(String secret, int port) {
        this.secret = secret;
        this.port = port;
    }

    void port(int port) {
        this.port = port;
    }

    HttpResponse<String> command(String userId, String channel, String text, String responseUrl) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", "T0001");
        form.put("team_domain", "example");
        form.put("channel_id", channel);
        form.put("channel_name", "deal-room");
        form.put("user_id", userId);
        form.put("user_name", userId.toLowerCase());
        form.put("command", "/coach");
        form.put("text", text);
        form.put("api_app_id", "A0001");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "trigger." + System.nanoTime());
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(body, "application/x-www-form-urlencoded", null);
    }

    HttpResponse<String> event(String json, Integer retryNum) throws Exception {
        return send(json, "application/json", retryNum);
    }

    private HttpResponse<String> send(String body, String type, Integer retryNum) throws Exception {
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", type)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retryNum != null) {
            req.header("X-Slack-Retry-Num", String.valueOf(retryNum)).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }
}
