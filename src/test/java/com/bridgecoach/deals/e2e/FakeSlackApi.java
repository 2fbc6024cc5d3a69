package com.bridgecoach.deals.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A loopback Slack Web API: answers /api/{method} with bodies from the shared samples (or scripted
 * refusals), answers response_url posts under /respond/, and records every call for assertions.
 */
final class FakeSlackApi implements AutoCloseable {
    static final Path SAMPLES = Path.of("/work/shared/slack-samples");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request the app made. */
    record Call(String method, Map<String, String> params, String body) {
        String param(String name) {
            return params.get(name);
        }
    }

    /** A scripted answer: HTTP status, headers, body. */
    record Answer(int status, Map<String, String> headers, String body) {
        static Answer error(String error) {
            return new Answer(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}");
        }

        static Answer missingScope(String needed) {
            return new Answer(200, Map.of(), "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"" + needed + "\",\"provided\":\"commands,chat:write\"}");
        }

        static Answer rateLimited(int retryAfterSeconds) {
            return new Answer(429, Map.of("Retry-After", String.valueOf(retryAfterSeconds)), "{\"ok\":false,\"error\":\"ratelimited\"}");
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();
    private final AtomicInteger messages = new AtomicInteger();
    private final AtomicInteger responseUrls = new AtomicInteger();

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** A fresh response_url for one interaction. */
    String responseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + responseUrls.incrementAndGet();
    }

    /** The next call to {@code method} gets {@code answer} instead of success; queue several for several calls. */
    void script(String method, Answer... answers) {
        Deque<Answer> queue = scripted.computeIfAbsent(method, k -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(answers));
        }
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** Waits (polling, bounded) until some recorded call satisfies the condition; fails the test if none does. */
    Call await(String method, Predicate<Call> condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Call c : calls) {
                if (c.method().equals(method) && condition.test(c)) {
                    return c;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no " + method + " call matched within 10 s; calls were " + calls);
    }

    Call await(String method) {
        return await(method, c -> true);
    }

    /** Ephemeral answers sent to response_url. */
    Call awaitResponse(Predicate<String> text) {
        return await("respond", c -> text.test(c.body()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = path.startsWith("/respond/") ? "respond" : path.replaceFirst("^/api/", "");
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> params = type != null && type.startsWith("application/x-www-form-urlencoded") ? form(body) : Map.of();
        calls.add(new Call(method, params, body));
        Answer answer = next(method);
        if (answer == null) {
            answer = new Answer(200, Map.of(), success(method, params));
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Answer next(String method) {
        Deque<Answer> queue = scripted.get(method);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.poll();
        }
    }

    /** Success bodies from the OpenAPI examples in the shared samples, with the ts and channel of this call. */
    private String success(String method, Map<String, String> params) throws IOException {
        if (method.equals("respond")) {
            return "ok";
        }
        Path examples = SAMPLES.resolve("api/openapi-examples/" + method + ".examples.json");
        ObjectNode body = Files.exists(examples)
                ? (ObjectNode) JSON.readTree(examples.toFile()).get("success_example").deepCopy()
                : JSON.createObjectNode().put("ok", true);
        if (method.equals("chat.postMessage")) {
            String ts = "1700000000." + String.format("%06d", messages.incrementAndGet());
            body.put("ts", ts).put("channel", params.getOrDefault("channel", ""));
            ((ObjectNode) body.get("message")).put("ts", ts);
        }
        if (method.equals("chat.update")) {
            body.put("ts", params.getOrDefault("ts", "")).put("channel", params.getOrDefault("channel", ""));
        }
        return JSON.writeValueAsString(body);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(key, value);
        }
        return out;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
