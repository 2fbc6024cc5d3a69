package com.bridgecoach.translation.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to the app signed as Slack signs them (v0 HMAC-SHA256), private to the translation tests. */
final class PrivateSignedRequests {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final String secret;
    private final Clock clock;

    PrivateSignedRequests(String url, String secret, Clock clock) {
        this.url = url;
        this.secret = secret;
        this.clock = clock;
    }

    HttpResponse<String> form(Map<String, String> fields) throws Exception {
        long timestamp = clock.instant().getEpochSecond();
        String body = encode(fields);
        return post(body, timestamp, sign(body, timestamp));
    }

    HttpResponse<String> formWithSignature(Map<String, String> fields, String signature) throws Exception {
        return post(encode(fields), clock.instant().getEpochSecond(), signature);
    }

    private HttpResponse<String> post(String body, long timestamp, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String sign(String body, long timestamp) throws NoSuchAlgorithmException, InvalidKeyException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String base = "v0:" + timestamp + ":" + body;
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
