package com.bridgecoach;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Executor;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's side of a run of the real server with no Slack at hand: the build's class-archive training run
 * ({@link ClassArchiveTraining}) and the benchmarks ({@code bench/}). Not used when serving.
 */
public final class LoopbackSlack {
    private LoopbackSlack() {
    }

    /** A loopback port free right now, for the server run beside this fake Slack. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * A Web API on a free loopback port that answers every call (and response URL) with ok:true and the fields
     * auth.test and chat calls return, as Slack would for workspace {@code team}. Started; stop it when done.
     */
    public static HttpServer webApi(String team, Executor threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String id = team.toUpperCase(Locale.ROOT);
        byte[] ok = ("{\"ok\":true,\"url\":\"https://" + team + ".slack.com/\",\"team\":\"" + team + "\",\"user\":\"bridge\","
                + "\"team_id\":\"T0" + id + "\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\","
                + "\"channel\":\"C0" + id + "\",\"ts\":\"1800000000.000100\"}")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ok.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ok);
            }
        });
        server.setExecutor(threads);
        server.start();
        return server;
    }

    /** The {@code X-Slack-Signature} Slack sends with {@code body} at {@code timestamp}: v0=hex(HMAC-SHA256). */
    public static String signature(String signingSecret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
