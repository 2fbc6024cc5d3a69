package com.bridgecoach.interview.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to the server signed the way Slack signs them (v0: HMAC-SHA256 of "v0:timestamp:body"). */
final class SignedRequests {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final String secret;

    SignedRequests(String url, String secret) {
        this.url = url;
        this.secret = secret;
    }

    HttpResponse<String> form(String body) throws IOException, InterruptedException {
        return send("application/x-www-form-urlencoded", body);
    }

    HttpResponse<String> interactive(String payloadJson) throws IOException, InterruptedException {
        return form("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8));
    }

    HttpResponse<String> event(String json) throws IOException, InterruptedException {
        return send("application/json", json);
    }

    private HttpResponse<String> send(String type, String body) throws IOException, InterruptedException {
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", type)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", "v0=" + hmac("v0:" + ts + ":" + body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
