package com.bridgecoach.translation.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback stand-in for Slack's Web API, private to the translation tests until the shared e2e kit lands:
 * answers each method with the recorded sample (made {@code "ok": true}) and records every call.
 */
final class PrivateFakeSlackApi implements AutoCloseable {
    /** One call to the Web API: the method and its parameters, form-decoded (or the raw body as "body"). */
    record Call(String method, Map<String, String> params) {
    }

    private final HttpServer server;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();

    PrivateFakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", exchange -> {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(method, params(exchange.getRequestHeaders().getFirst("Content-Type"), body)));
            byte[] answer = sample(method).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    /** The base URL to give the app as SLACK_API_URL. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** The next call to {@code method}, waiting up to {@code timeout} for it. */
    Call await(String method, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Call call = calls.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (call == null) {
                throw new AssertionError("Slack's " + method + " was not called within " + timeout);
            }
            if (call.method().equals(method)) {
                return call;
            }
        }
    }

    private static String sample(String method) {
        try (InputStream in = PrivateFakeSlackApi.class.getResourceAsStream("/translation/e2e/" + method + ".json")) {
            String json = in == null ? "{\"ok\": false}" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.replace("\"ok\": false,", "\"ok\": true,").replace("\"ok\": false", "\"ok\": true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> params(String contentType, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        } else {
            params.put("body", body);
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
