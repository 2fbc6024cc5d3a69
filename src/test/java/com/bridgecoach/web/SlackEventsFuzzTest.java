package com.bridgecoach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.SignedRequests;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throws 10,000 seeded-random hostile requests at the real server's {@code POST /slack/events}: malformed,
 * truncated, oversized, wrongly typed and unicode-heavy bodies and headers, signed and unsigned. None may get
 * a 5xx, a stack trace in the body, or hang; the server must answer health and a real command afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackEventsFuzzTest {
    static final String SECRET = "fuzz-signing-secret";
    static final long SEED = 20261130L;
    static final int REQUESTS = 10_000;
    static final Duration PER_REQUEST = Duration.ofSeconds(15);
    static final Duration IDLE = Duration.ofSeconds(2);

    FakeSlackApi slack;
    Application app;
    URI base;
    SignedRequests signed;
    final ExecutorService pool = Executors.newFixedThreadPool(4);
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start(@TempDir Path dir) {
        slack = FakeSlackApi.start();
        slack.script("chat.postMessage", FakeSlackApi.Answer.ok("{\"ok\":true,\"channel\":\"C0DEALS\",\"ts\":\"1800000000.000100\"}"));
        Settings settings = new Settings("xoxb-fuzz-token", SECRET, null, slack.apiUrl(), "127.0.0.1", 0,
                "jdbc:sqlite:" + dir.resolve("fuzz.db"), "prompts");
        app = new Application(settings, Clock.systemUTC(), Ticker.systemTicker()).withHttpIdleTimeout(IDLE);
        WebServer server = app.startHttp();
        base = URI.create("http://127.0.0.1:" + server.port());
        signed = new SignedRequests(base, SECRET, Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        app.close();
        slack.close();
        pool.shutdownNow();
    }

    @Test
    void ten_thousand_hostile_requests_get_no_5xx_no_stack_trace_and_no_hang_and_the_server_still_coaches() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Semaphore window = new Semaphore(8);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Hostile h = hostile(random, i);
            HttpRequest request;
            try {
                request = h.build(base, PER_REQUEST);
            } catch (IllegalArgumentException rejectedByClient) {
                continue; // a header the JDK client refuses to send at all; never reaches the server
            }
            window.acquire();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .handle((response, error) -> {
                        window.release();
                        if (error != null) {
                            if (hasCause(error, HttpTimeoutException.class)) {
                                failures.add("#" + h.index() + " " + h.kind() + ": no answer within " + PER_REQUEST);
                            } else if (!h.oversized()) {
                                failures.add("#" + h.index() + " " + h.kind() + ": " + error);
                            }
                            return null;
                        }
                        check(h, response, failures);
                        return null;
                    }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        assertThat(all).hasSizeGreaterThanOrEqualTo(REQUESTS * 9 / 10);
        assertThat(failures).isEmpty();

        assertThat(signed.get("/health").statusCode()).isEqualTo(200);
        assertThat(signed.get("/ready").statusCode()).isEqualTo(200);
        HttpResponse<String> coached = signed.post(SignedRequests.FORM, SignedRequests.form(signed.slashCommand("UAFTER01",
                "the CIO says they have no bandwidth for another integration this year", slack.responseUrl("after"))));
        assertThat(coached.statusCode()).isEqualTo(200);
        assertThat(coached.body()).contains("\"blocks\"");
    }

    @Test
    void a_body_over_the_cap_is_refused_with_a_4xx() {
        String body = "payload=" + "x".repeat((int) WebServer.MAX_BODY_BYTES + 64 * 1024);
        HttpResponse<String> response = signed.post(SignedRequests.FORM, body);
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("at com.").doesNotContain("Exception");
    }

    @Test
    void a_client_that_sends_headers_and_stalls_is_cut_off() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
            socket.setSoTimeout((int) IDLE.multipliedBy(5).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 5000\r\n\r\n{\"type\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            InputStream in = socket.getInputStream();
            try {
                // whatever the server says (a 4xx, or nothing), the connection must end
                while (in.read() >= 0) {
                    // drain
                }
            } catch (SocketTimeoutException hung) {
                throw new AssertionError("the server held a stalled connection open for " + IDLE.multipliedBy(5), hung);
            } catch (IOException reset) {
                // closed by the server: what we want
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(IDLE.multipliedBy(5));
        }
        assertThat(signed.get("/health").statusCode()).isEqualTo(200);
    }

    private static void check(Hostile h, HttpResponse<String> response, List<String> failures) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status >= 500) {
            failures.add("#" + h.index() + " " + h.kind() + ": HTTP " + status + " " + abbreviate(body));
        }
        if (body.contains("at com.") || body.contains("Exception") || body.contains("at java.")) {
            failures.add("#" + h.index() + " " + h.kind() + ": stack trace in body " + abbreviate(body));
        }
        if (h.oversized() && status < 400) {
            failures.add("#" + h.index() + " oversized body accepted with HTTP " + status);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** One hostile request. */
    record Hostile(int index, String kind, String contentType, String body, Map<String, String> headers, boolean sign,
                   boolean oversized) {

        HttpRequest build(URI base, Duration timeout) {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/slack/events")).timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            if (sign) {
                String ts = String.valueOf(Clock.systemUTC().instant().getEpochSecond());
                b.header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", SignedRequests.signature(SECRET, ts, body));
            }
            headers.forEach(b::header);
            return b.build();
        }
    }

    // ---- the generator: seeded, so a failure names a request index that reproduces ----

    private static final String[] CONTENT_TYPES = {
        "application/x-www-form-urlencoded", "application/json", "application/json; charset=utf-8",
        "application/x-www-form-urlencoded; charset=ISO-8859-1", "text/plain", "multipart/form-data; boundary=zz",
        "application/json; charset=klingon", "APPLICATION/JSON", "application/x-www-form-urlencoded;;;", "", "*/*", null,
    };

    private static final String[] TEMPLATES = {
        "{\"type\":\"url_verification\",\"challenge\":%s,\"token\":%s}",
        "{\"type\":\"event_callback\",\"team_id\":%s,\"api_app_id\":\"A0BRIDGE\",\"event_id\":%s,\"event_time\":%s,"
                + "\"event\":{\"type\":\"message\",\"user\":%s,\"channel\":%s,\"text\":%s,\"ts\":%s,\"channel_type\":\"im\"}}",
        "{\"type\":\"event_callback\",\"team_id\":\"T0BRIDGE\",\"event_id\":%s,\"event\":{\"type\":\"app_mention\","
                + "\"user\":%s,\"channel\":%s,\"text\":%s,\"ts\":%s,\"thread_ts\":%s}}",
        "{\"type\":\"event_callback\",\"event\":%s,\"event_id\":%s}",
        "{\"type\":%s,\"event\":{\"type\":%s}}",
        "{\"type\":\"event_callback\",\"event\":{\"type\":\"app_home_opened\",\"user\":%s,\"tab\":%s}}",
    };

    private static final String[] PAYLOADS = {
        "{\"type\":\"block_actions\",\"user\":{\"id\":%s},\"team\":{\"id\":%s},\"trigger_id\":%s,\"response_url\":%s,"
                + "\"container\":{\"type\":%s,\"is_ephemeral\":%s},\"actions\":[{\"action_id\":%s,\"value\":%s,\"type\":\"button\"}]}",
        "{\"type\":\"message_action\",\"callback_id\":%s,\"trigger_id\":%s,\"user\":{\"id\":%s},\"message\":{\"text\":%s}}",
        "{\"type\":\"shortcut\",\"callback_id\":%s,\"trigger_id\":%s,\"user\":%s}",
        "{\"type\":\"view_submission\",\"view\":{\"callback_id\":%s,\"state\":{\"values\":%s},\"private_metadata\":%s},\"user\":{\"id\":%s}}",
        "{\"type\":%s,\"actions\":%s}",
    };

    private static final String[] ACTION_IDS = {
        "bridge_answer", "interview_answer", "interview_back", "interview_start_over", "walk_through", "translate",
        "practise", "help", "share", "plan_edit", "no_such_action",
    };

    private static final String[] WORDS = {
        "the", "CIO", "CMO", "said", "no", "bandwidth", "Epic", "interface", "security", "review", "practice", "team",
        "plan", "forget", "me", "help", "translate", "check", "cmo", "cio", "champion", "clinical", "technical", "joint",
        "<@U12345>", "<#C123|deals>", "&amp;", "&lt;", "share", "end", "it_veto", "priority_conflict",
    };

    private static final String[] EXOTIC = {
        "\u0000", "\u202e", "\u200b", "\ufeff", "\uffff", "\ud83d\ude00", "\ud800", "\udfff", "é", "Ω", "中文",
        "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\\u0000", "%00", "%zz", "%", "&", "=", "+", "\"", "\\", "\n", "\r\n",
        "{", "}", "[", "]", "'", "<script>", "${jndi:ldap://x}", "../../etc/passwd", "\t",
    };

    private Hostile hostile(Random r, int index) {
        boolean sign = r.nextInt(100) < 55;
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        String kind;
        String contentType;
        String body;
        boolean oversized = false;
        switch (r.nextInt(10)) {
            case 0 -> {
                kind = "random bytes";
                contentType = pick(r, CONTENT_TYPES);
                body = randomUnicode(r, r.nextInt(400));
            }
            case 1 -> {
                kind = "slash command";
                contentType = "application/x-www-form-urlencoded";
                Map<String, String> fields = signed.slashCommand("U" + r.nextInt(50), words(r, r.nextInt(30)), slack.responseUrl("fz" + index));
                mangleFields(r, fields);
                body = SignedRequests.form(fields);
            }
            case 2 -> {
                kind = "truncated command";
                contentType = "application/x-www-form-urlencoded";
                String full = SignedRequests.form(signed.slashCommand("UTRUNC", words(r, 12), slack.responseUrl("t" + index)));
                body = full.substring(0, r.nextInt(full.length() + 1));
            }
            case 3 -> {
                kind = "event json";
                contentType = r.nextBoolean() ? "application/json" : pick(r, CONTENT_TYPES);
                body = fill(r, pick(r, TEMPLATES));
            }
            case 4 -> {
                kind = "interactive payload";
                contentType = "application/x-www-form-urlencoded";
                String payload = fill(r, pick(r, PAYLOADS));
                body = "payload=" + (r.nextInt(4) == 0 ? payload : URLEncoder.encode(payload, StandardCharsets.UTF_8));
            }
            case 5 -> {
                kind = "truncated json";
                contentType = "application/json";
                String full = fill(r, pick(r, TEMPLATES));
                body = full.substring(0, r.nextInt(full.length() + 1));
            }
            case 6 -> {
                kind = "deep nesting";
                contentType = r.nextBoolean() ? "application/json" : "application/x-www-form-urlencoded";
                int depth = 10 + r.nextInt(3000);
                String inner = "[".repeat(depth) + "]".repeat(r.nextInt(depth + 1));
                body = contentType.startsWith("application/json") ? "{\"type\":\"event_callback\",\"event\":" + inner + "}"
                        : "payload=" + URLEncoder.encode("{\"type\":\"block_actions\",\"actions\":" + inner + "}", StandardCharsets.UTF_8);
            }
            case 7 -> {
                kind = "hostile headers";
                contentType = pick(r, CONTENT_TYPES);
                body = r.nextBoolean() ? fill(r, pick(r, TEMPLATES)) : SignedRequests.form(signed.slashCommand("UHDR", words(r, 5), slack.responseUrl("h")));
                headers.put("X-Slack-Request-Timestamp", pick(r, new String[] {"", "abc", "-1", "99999999999999999999", "1e9", " 12 ", "0"}));
                headers.put("X-Slack-Signature", pick(r, new String[] {"", "v0=", "v1=abc", "v0=" + "0".repeat(64), asciiNoise(r, 80)}));
                sign = false;
                if (r.nextBoolean()) {
                    headers.put("X-Slack-Retry-Num", pick(r, new String[] {"1", "-3", "x", "99999999999999", ""}));
                    headers.put("X-Slack-Retry-Reason", asciiNoise(r, 20));
                }
                if (r.nextBoolean()) {
                    headers.put("X-Fuzz-" + r.nextInt(1000), asciiNoise(r, 2000 + r.nextInt(4000)));
                }
            }
            case 8 -> {
                kind = "large body";
                contentType = pick(r, CONTENT_TYPES);
                oversized = r.nextInt(20) == 0;
                int size = oversized ? (int) WebServer.MAX_BODY_BYTES + 1 + r.nextInt(100_000) : 10_000 + r.nextInt(200_000);
                body = r.nextBoolean() ? "text=" + "a".repeat(size) : "{\"type\":\"event_callback\",\"event\":{\"text\":\"" + "é".repeat(size / 2) + "\"}}";
            }
            default -> {
                kind = "unicode form";
                contentType = "application/x-www-form-urlencoded";
                Map<String, String> fields = signed.slashCommand("U" + randomUnicode(r, 4), randomUnicode(r, 300), randomUnicode(r, 20));
                body = SignedRequests.form(fields);
            }
        }
        return new Hostile(index, kind, contentType, body, headers, sign, oversized);
    }

    private void mangleFields(Random r, Map<String, String> fields) {
        List<String> keys = new ArrayList<>(fields.keySet());
        for (int n = r.nextInt(4); n > 0; n--) {
            String key = keys.get(r.nextInt(keys.size()));
            switch (r.nextInt(4)) {
                case 0 -> fields.remove(key);
                case 1 -> fields.put(key, randomUnicode(r, r.nextInt(50)));
                case 2 -> fields.put(key, "");
                default -> fields.put(key, "{\"nested\":[1,2,{\"x\":null}]}");
            }
        }
    }

    private static String fill(Random r, String template) {
        int holes = template.split("%s", -1).length - 1;
        Object[] values = new Object[holes];
        for (int i = 0; i < holes; i++) {
            values[i] = jsonValue(r, 0);
        }
        return String.format(template, values);
    }

    /** A JSON value of a random type: a string most often, but numbers, nulls, arrays and objects where strings belong. */
    private static String jsonValue(Random r, int depth) {
        int k = r.nextInt(12);
        if (k < 5) {
            return quote(r.nextBoolean() ? words(r, r.nextInt(8)) : (r.nextBoolean() ? pick(r, ACTION_IDS) : randomUnicode(r, r.nextInt(40))));
        }
        return switch (k) {
            case 5 -> String.valueOf(r.nextLong());
            case 6 -> "null";
            case 7 -> r.nextBoolean() ? "true" : "1e400";
            case 8 -> depth > 2 ? "[]" : "[" + jsonValue(r, depth + 1) + "," + jsonValue(r, depth + 1) + "]";
            case 9 -> depth > 2 ? "{}" : "{\"" + pick(r, WORDS) + "\":" + jsonValue(r, depth + 1) + "}";
            case 10 -> "\"" + pick(r, new String[] {"1800000000.000100", "ts", "-1", "", "Ev0001", "1337.1.abc"}) + "\"";
            default -> pick(r, new String[] {"", "NaN", "undefined", "{", "\"unterminated"});
        };
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(r.nextInt(8) == 0 ? pick(r, EXOTIC) : pick(r, WORDS));
        }
        return b.toString();
    }

    private static String randomUnicode(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(10);
            if (k < 3) {
                b.append((char) (0x20 + r.nextInt(0x5f)));
            } else if (k < 5) {
                b.append(pick(r, EXOTIC));
            } else if (k < 8) {
                b.appendCodePoint(r.nextInt(0x10FFFF + 1));
            } else {
                b.append((char) r.nextInt(0x10000));
            }
        }
        return b.toString();
    }

    private static String asciiNoise(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) (0x21 + r.nextInt(0x5e)));
        }
        return b.toString();
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
