package com.bridgecoach.practice.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A loopback Slack Web API that records every call and answers like Slack would. */
final class FakeSlackApi implements AutoCloseable {
    static final String BOT_USER = "UBOT0001";

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private long ts = 1_700_000_000_000L;

    record Call(String method, Map<String, String> params) {
        String get(String name) {
            return params.get(name);
        }
    }

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String method = exchange.getRequestURI().getPath().replaceFirst("^/api/", "").replaceFirst("^/", "");
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> params = form(body);
            String answer;
            synchronized (this) {
                calls.add(new Call(method, params));
                answer = switch (method) {
                    case "auth.test" -> "{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\",\"user\":\"bridgecoach\","
                            + "\"team_id\":\"T0001\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"B0001\"}";
                    case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + nextTs() + "\"}";
                    default -> "{\"ok\":true}";
                };
                notifyAll();
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    private String nextTs() {
        ts += 100;
        return (ts / 1_000_000) + "." + String.format("%06d", ts % 1_000_000);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    synchronized List<Call> posts() {
        return calls.stream().filter(c -> c.method().equals("chat.postMessage")).toList();
    }

    /** Waits until {@code count} postMessage calls match; returns them. */
    synchronized List<Call> awaitPosts(Predicate<Call> which, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> matching = posts().stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " chat.postMessage calls, saw " + matching.size() + ": " + posts());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        if (body.isEmpty() || body.startsWith("{")) {
            return out;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
