package com.bridgecoach.interview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback stand-in for the Slack Web API and for response URLs: records every call and answers the way
 * Slack does, so the real server can be driven end to end. (A private, minimal kit; the shared one is on `e2e`.)
 */
final class FakeSlackApi implements AutoCloseable {
    static final String BOT_USER = "UBOT";
    static final String BOT_ID = "BBOT";
    static final String VIEW_ID = "V0INTERVIEW";

    /** One request the app made: the Web API method (or "response_url"), and its parameters or JSON body. */
    record Call(String method, Map<String, String> params, JsonNode json) {
        /** A parameter that carries JSON (blocks, view), parsed. */
        JsonNode jsonParam(String name) {
            try {
                return new ObjectMapper().readTree(params.get(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final List<Call> seen = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::responseUrl);
        server.start();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    String responseUrl(String name) {
        return base() + "/response/" + name;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Waits for the next call to {@code method}, passing over calls to others (auth.test and the like). */
    synchronized Call await(String method) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            Call c = calls.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (c == null) {
                throw new AssertionError("Slack never got a " + method + " call; it got " + seen.stream().map(Call::method).toList());
            }
            seen.add(c);
            if (c.method().equals(method)) {
                return c;
            }
        }
    }

    /** Calls to {@code method} so far, counting those not awaited yet. */
    synchronized long count(String method) {
        List<Call> all = new ArrayList<>(seen);
        all.addAll(calls);
        return all.stream().filter(c -> c.method().equals(method)).count();
    }

    private void api(HttpExchange ex) throws IOException {
        String method = ex.getRequestURI().getPath().substring("/api/".length());
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call(method, form(body), null));
        String answer = switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\",\"user\":\"bridgecoach\","
                    + "\"team_id\":\"T0001\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"" + BOT_ID + "\"}";
            case "bots.info" -> "{\"ok\":true,\"bot\":{\"id\":\"" + BOT_ID + "\",\"user_id\":\"" + BOT_USER + "\",\"name\":\"bridgecoach\"}}";
            case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"C0001\",\"ts\":\"1700000000.000900\"}";
            case "views.open", "views.update", "views.push" ->
                    "{\"ok\":true,\"view\":{\"id\":\"" + VIEW_ID + "\",\"type\":\"modal\",\"blocks\":[]}}";
            default -> "{\"ok\":true}";
        };
        reply(ex, answer);
    }

    private void responseUrl(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call("response_url", Map.of("path", ex.getRequestURI().getPath()), json.readTree(body)));
        reply(ex, "ok");
    }

    private static void reply(HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty() || body.startsWith("{")) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
