package com.bridgecoach.bench;

import io.javalin.Javalin;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The floor the bot is compared against: a bare Javalin endpoint on the same server stack that only checks
 * Slack's v0 signature and timestamp, parses the form and answers a constant. Usage: FloorServer PORT SECRET.
 * With env BENCH_FLOOR_ANSWER_BYTES the constant is padded to that many bytes (the size of the bot's answer, say),
 * to tell what the answer's size alone costs server and client.
 */
public final class FloorServer {
    private static final String ANSWER = "{\"response_type\":\"ephemeral\",\"text\":\"ok\"}";

    private FloorServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        String answer = answer(Integer.parseInt(System.getenv().getOrDefault("BENCH_FLOOR_ANSWER_BYTES", "0").strip()));
        byte[] secret = args[1].getBytes(StandardCharsets.UTF_8);
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 512 * 1024;
            config.routes.post("/slack/events", ctx -> {
                String ts = ctx.header("X-Slack-Request-Timestamp");
                String signature = ctx.header("X-Slack-Signature");
                String body = ctx.body();
                if (ts == null || signature == null || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(ts)) > 300
                        || !valid(secret, ts, body, signature)) {
                    ctx.status(401).result("{\"error\":\"invalid request\"}");
                    return;
                }
                Map<String, String> form = new HashMap<>();
                for (String pair : body.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
                if (!form.containsKey("command")) {
                    ctx.status(400).result("{\"error\":\"not a command\"}");
                    return;
                }
                ctx.contentType("application/json").result(answer);
            });
        }).start("127.0.0.1", port);
    }

    /** The constant answer, its text padded so the whole is {@code bytes} long when that is longer. */
    static String answer(int bytes) {
        int padding = bytes - ANSWER.length();
        return padding <= 0 ? ANSWER : ANSWER.replace("\"ok\"", "\"ok" + "k".repeat(padding) + "\"");
    }

    private static boolean valid(byte[] secret, String ts, String body, String signature) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String expected = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
    }
}
