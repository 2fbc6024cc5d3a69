package com.bridgecoach.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A loopback Slack Web API. {@code /api/<method>} answers with the sample body kept in
 * {@code src/test/resources/slack/api/<method>.json} (Slack's schema skeletons, turned into a success the
 * way the SDK's own mock does), unless a test scripted another answer for that method. POSTs to
 * {@code /response_url/...} stand in for interactive payloads' response_url. Every call is recorded.
 */
public final class FakeSlackApi implements AutoCloseable {

    /** One request the fake received. */
    public record Call(String path, String method, Map<String, List<String>> headers, String body) {

        /** The first value of a header, by case-insensitive name. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The body read as a form ({@code a=b&c=d}); empty when it is not one. */
        public Map<String, String> form() {
            Map<String, String> fields = new LinkedHashMap<>();
            if (body.isEmpty() || body.startsWith("{")) {
                return fields;
            }
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                fields.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
            return fields;
        }

        public boolean isResponseUrl() {
            return path.startsWith(RESPONSE_URL_PATH);
        }
    }

    /** A scripted answer: status, extra headers, body. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public static Answer ok(String json) {
            return new Answer(200, Map.of(), json);
        }

        /** Slack reports most failures as HTTP 200 with {@code ok:false}. */
        public static Answer error(String code) {
            return new Answer(200, Map.of(), "{\"ok\":false,\"error\":\"" + code + "\"}");
        }

        /** What Slack sends when a method is called too often. */
        public static Answer rateLimited(int retryAfterSeconds) {
            return new Answer(429, Map.of("Retry-After", String.valueOf(retryAfterSeconds)), "{\"ok\":false,\"error\":\"ratelimited\"}");
        }

        /**
         * Slack did what was asked (a post lands in the conversation) but its answer never reaches the caller: the
         * connection drops right after the request was read.
         */
        public static Answer lostAfterAccepting() {
            return new Answer(LOST, Map.of(), "");
        }

        /** As {@link #lostAfterAccepting()}, but the connection stays open and silent until the caller's read timeout. */
        public static Answer stalledAfterAccepting() {
            return new Answer(STALLED, Map.of(), "");
        }

        /** The connection drops before Slack acted on the request: nothing was done, and the caller hears nothing. */
        public static Answer droppedBeforeAccepting() {
            return new Answer(DROPPED, Map.of(), "");
        }

        boolean accepted() {
            return status == LOST || status == STALLED || (status == 200 && body.contains("\"ok\":true"));
        }
    }

    private static final int LOST = -1;
    private static final int STALLED = -2;
    private static final int DROPPED = -3;

    /** A message as the fake channel keeps it after a post Slack accepted. */
    public record Message(String channel, String ts, String threadTs, String text, String metadata) {
    }

    private static final String API_PATH = "/api/";
    private static final String RESPONSE_URL_PATH = "/response_url/";

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Answer> scripted = new ConcurrentHashMap<>();
    private final Map<String, java.util.Queue<Answer>> queued = new ConcurrentHashMap<>();

    private FakeSlackApi(HttpServer server) {
        this.server = server;
    }

    /** Starts the fake on a free loopback port. */
    public static FakeSlackApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeSlackApi fake = new FakeSlackApi(server);
            server.createContext("/", fake::handle);
            // several handlers at once: a stalled answer must not hold up the calls that follow it
            server.setExecutor(fake.handlers);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake Slack API", e);
        }
    }

    /** What SLACK_API_URL should be to reach this fake. */
    public String apiUrl() {
        return base() + API_PATH;
    }

    /** A fresh response_url served by this fake. */
    public String responseUrl(String name) {
        return base() + RESPONSE_URL_PATH + name;
    }

    /** Answers {@code method} with {@code answer} from now on, instead of the sample. */
    public void script(String method, Answer answer) {
        scripted.put(method, answer);
    }

    /** Answers the next calls of {@code method} with {@code answers}, one each, in order; then as before. */
    public void scriptNext(String method, Answer... answers) {
        queued.computeIfAbsent(method, m -> new java.util.concurrent.ConcurrentLinkedQueue<>()).addAll(List.of(answers));
    }

    /** Answers the next posts to any response_url with {@code answers}, one each (e.g. 404 expired_url); then "ok". */
    public void scriptNextResponseUrl(Answer... answers) {
        scriptNext(RESPONSE_URL_PATH, answers);
    }

    public void unscript(String method) {
        scripted.remove(method);
    }

    /** Every call so far, in the order received. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The Web API calls of one method so far. */
    public List<Call> calls(String method) {
        return calls().stream().filter(c -> method.equals(c.method())).toList();
    }

    /** Waits (without sleeping: woken by each arriving call) until a call matches, or the timeout passes. */
    public synchronized Optional<Call> await(Predicate<Call> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Call> found = calls.stream().filter(wanted).findFirst();
            long left = deadline - System.nanoTime();
            if (found.isPresent() || left <= 0) {
                return found;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String method = path.startsWith(API_PATH) ? path.substring(API_PATH.length()) : null;
        Call call = new Call(path, method, Map.copyOf(headers), body);
        record(call);

        Answer answer;
        if (path.startsWith(RESPONSE_URL_PATH)) {
            Answer next = queued.containsKey(RESPONSE_URL_PATH) ? queued.get(RESPONSE_URL_PATH).poll() : null;
            answer = next != null ? next : new Answer(200, Map.of(), "ok");
        } else if (method == null) {
            answer = new Answer(404, Map.of(), "{\"ok\":false,\"error\":\"not_found\"}");
        } else {
            Answer next = queued.containsKey(method) ? queued.get(method).poll() : null;
            answer = next != null ? next : answerFor(method, call);
        }
        if ("chat.postMessage".equals(method) && answer.accepted()) {
            keep(call, answer);
        }
        if (answer.status() == LOST || answer.status() == DROPPED) {
            exchange.close();
            return;
        }
        if (answer.status() == STALLED) {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                answer.body().startsWith("{") ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private synchronized void record(Call call) {
        calls.add(call);
        notifyAll();
    }

    private static Answer sample(String method) {
        try (InputStream in = FakeSlackApi.class.getResourceAsStream("/slack/api/" + method + ".json")) {
            if (in == null) {
                return Answer.error("unknown_method");
            }
            String skeleton = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // The samples merge success and error fields under "ok": false; the SDK's mock flips it the same way.
            return Answer.ok(skeleton.replaceFirst("\"ok\":\\s*false,", "\"ok\": true,").replaceFirst("\"error\":\\s*\"\",?", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Additions for the end-to-end tests of interview, translation and practice ----

    /** Answers {@code method} with what {@code answer} computes from each call (e.g. a fresh ts), unless scripted. */
    public void script(String method, Function<Call, Answer> answer) {
        computed.put(method, answer);
    }

    /**
     * The next call matching {@code wanted} after the last one this method returned, passing over (and
     * consuming) the calls in between; fails the test when none arrives within {@code timeout}.
     */
    public synchronized Call next(Predicate<Call> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (; cursor < calls.size(); cursor++) {
                if (wanted.test(calls.get(cursor))) {
                    return calls.get(cursor++);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching call within " + timeout + "; calls were "
                        + calls.stream().map(c -> c.method() == null ? c.path() : c.method()).toList());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** The next call to the Web API {@code method}, as {@link #next(Predicate, Duration)}. */
    public Call next(String method, Duration timeout) throws InterruptedException {
        return next(c -> method.equals(c.method()), timeout);
    }

    /** The next post to a response_url, as {@link #next(Predicate, Duration)}. */
    public Call nextResponse(Duration timeout) throws InterruptedException {
        return next(Call::isResponseUrl, timeout);
    }

    /** Waits until at least {@code count} calls to {@code method} match; returns the matching calls, in order. */
    public synchronized List<Call> awaitCalls(String method, Predicate<Call> wanted, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> matching = calls.stream().filter(c -> method.equals(c.method())).filter(wanted).toList();
            long left = deadline - System.nanoTime();
            if (matching.size() >= count) {
                return matching;
            }
            if (left <= 0) {
                throw new AssertionError("expected " + count + " matching " + method + " calls, saw " + matching.size()
                        + ": " + calls(method).stream().map(Call::form).toList());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private final Map<String, Function<Call, Answer>> computed = new ConcurrentHashMap<>();
    private int cursor;

    /** The next call to {@code method} gets {@code answers[0]}, the one after {@code answers[1]}, ...; then as before. */
    public void scriptOnce(String method, Answer... answers) {
        Deque<Answer> queue = once.computeIfAbsent(method, m -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(answers));
        }
    }

    /** Answers every Web API method nothing else answers with what {@code answer} computes, instead of the samples. */
    public void scriptOtherwise(Function<Call, Answer> answer) {
        otherwise = answer;
    }

    private final Map<String, Deque<Answer>> once = new ConcurrentHashMap<>();
    private volatile Function<Call, Answer> otherwise;

    private Answer answerFor(String method, Call call) {
        Deque<Answer> queue = once.get(method);
        Answer first = null;
        if (queue != null) {
            synchronized (queue) {
                first = queue.poll();
            }
        }
        if (first != null) {
            return first;
        }
        if (scripted.containsKey(method)) {
            return scripted.get(method);
        }
        Function<Call, Answer> answer = computed.get(method);
        if (answer != null) {
            return answer.apply(call);
        }
        if ("conversations.history".equals(method) || "conversations.replies".equals(method)) {
            return conversation(method, call.form());
        }
        return otherwise != null ? otherwise.apply(call) : sample(method);
    }

    // ---- The channels' contents: what chat.postMessage put there, for conversations.history and .replies ----

    private final List<Message> messages = new ArrayList<>();
    private long nextTs = 1_900_000_000_000_000L;
    private final java.util.concurrent.ExecutorService handlers = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-slack");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The messages Slack accepted into {@code channel} (thread replies included), in the order they arrived. */
    public synchronized List<Message> messagesIn(String channel) {
        return messages.stream().filter(m -> channel.equals(m.channel())).toList();
    }

    private synchronized void keep(Call call, Answer answer) {
        Map<String, String> form = call.form();
        String channel = form.get("channel");
        String ts = null;
        if (answer.status() == 200) {
            try {
                com.fasterxml.jackson.databind.JsonNode body = JSON.readTree(answer.body());
                channel = body.path("channel").asText(channel);
                ts = body.path("ts").isTextual() ? body.path("ts").asText() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (ts == null) {
            nextTs += 100;
            ts = (nextTs / 1_000_000) + "." + String.format(Locale.ROOT, "%06d", nextTs % 1_000_000);
        }
        messages.add(new Message(channel, ts, form.get("thread_ts"), form.get("text"), form.get("metadata")));
    }

    /** history: the channel's top-level messages, newest first; replies: the thread, oldest first. */
    private synchronized Answer conversation(String method, Map<String, String> form) {
        String channel = form.get("channel");
        String thread = form.get("ts");
        boolean withMetadata = "true".equals(form.get("include_all_metadata"));
        List<Message> found = new ArrayList<>();
        for (Message m : messages) {
            if (!m.channel().equals(channel)) {
                continue;
            }
            boolean wanted = "conversations.history".equals(method)
                    ? m.threadTs() == null || m.threadTs().isEmpty()
                    : thread != null && (thread.equals(m.threadTs()) || thread.equals(m.ts()));
            if (wanted) {
                found.add(m);
            }
        }
        if ("conversations.history".equals(method)) {
            java.util.Collections.reverse(found);
        }
        com.fasterxml.jackson.databind.node.ObjectNode root = JSON.createObjectNode();
        root.put("ok", true);
        com.fasterxml.jackson.databind.node.ArrayNode list = root.putArray("messages");
        for (Message m : found) {
            com.fasterxml.jackson.databind.node.ObjectNode node = list.addObject();
            node.put("type", "message");
            node.put("ts", m.ts());
            node.put("text", m.text());
            if (m.threadTs() != null) {
                node.put("thread_ts", m.threadTs());
            }
            if (withMetadata && m.metadata() != null) {
                try {
                    node.set("metadata", JSON.readTree(m.metadata()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        root.put("has_more", false);
        return Answer.ok(root.toString());
    }
}
