package com.bridgecoach.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.FakeSlackApi.Answer;
import com.bridgecoach.testing.SignedRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server (real Bolt handlers, a SQLite store in a temp folder) in front of a fake Slack Web API that a
 * test makes fail. chat.postMessage answers with a fresh ts, so the fake's channels fill up like Slack's do.
 * Waits before retries are recorded, never slept.
 */
final class FaultySlack implements AutoCloseable {
    static final String SECRET = "faulty-signing-secret";
    static final String BOT_USER = "UBOTFLT1";
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SESSION = Pattern.compile("practice:([0-9a-f]+):card");

    final FakeSlackApi slack = FakeSlackApi.start();
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final Application app;
    final SignedRequests requests;
    private final AtomicLong ids = new AtomicLong();

    /** @param owedEvery how often the periodic try for owed practice posts runs */
    FaultySlack(Path dir, Duration owedEvery) {
        slack.script("auth.test", Answer.ok("{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\",\"user\":\"bridgecoach\","
                + "\"team_id\":\"T0FLT\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"B0FLT\"}"));
        AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);
        slack.script("chat.postMessage", call -> {
            long next = ts.addAndGet(100);
            String channel = call.form().get("channel");
            // a post to a user id lands in the DM Slack keeps with them
            String where = channel.startsWith("U") ? "D" + channel.substring(1) : channel;
            return Answer.ok("{\"ok\":true,\"channel\":\"" + where + "\",\"ts\":\"" + (next / 1_000_000) + "."
                    + String.format("%06d", next % 1_000_000) + "\"}");
        });
        slack.script("chat.postEphemeral", Answer.ok("{\"ok\":true,\"message_ts\":\"1700000000.999999\"}"));
        Settings settings = new Settings("xoxb-faulty-token", SECRET, null, slack.apiUrl(), "127.0.0.1", 0,
                "jdbc:sqlite:" + dir.resolve("faulty.db"), "prompts");
        app = new Application(settings, Clock.systemUTC(), Ticker.systemTicker()).withPause(pauses::add).withOwedPostsEvery(owedEvery);
        requests = new SignedRequests(URI.create("http://127.0.0.1:" + app.startHttp().port()), SECRET, Clock.systemUTC());
    }

    @Override
    public void close() {
        app.close();
        slack.close();
    }

    // ---- what a rep does ----

    HttpResponse<String> command(String user, String channel, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", "T0FLT");
        form.put("team_domain", "example");
        form.put("channel_id", channel);
        form.put("channel_name", "deal-room");
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase());
        form.put("command", "/coach");
        form.put("text", text);
        form.put("api_app_id", "A0FLT");
        form.put("response_url", responseUrl);
        form.put("trigger_id", requests.newTriggerId());
        return requests.post(SignedRequests.FORM, SignedRequests.form(form));
    }

    /** A message from a person in a channel (in {@code thread} when not null), as the Events API delivers it. */
    void say(String user, String channel, String text, String thread) {
        ObjectNode root = envelope();
        ObjectNode e = root.putObject("event");
        String ts = nextTs();
        e.put("type", "message").put("team", "T0FLT").put("channel", channel).put("user", user).put("text", text)
                .put("ts", ts).put("event_ts", ts).put("channel_type", channel.startsWith("D") ? "im" : "channel");
        if (thread != null) {
            e.put("thread_ts", thread).put("parent_user_id", BOT_USER);
        }
        assertThat(requests.post(SignedRequests.JSON, root.toString()).statusCode()).isEqualTo(200);
    }

    /** Someone invokes a shortcut: {@code global} from the search bar, else on a message in {@code channel}. */
    String shortcut(String user, String callbackId, String channel, String messageText, String responseUrl) {
        String trigger = requests.newTriggerId();
        ObjectNode p = JSON.createObjectNode();
        p.put("type", channel == null ? "shortcut" : "message_action").put("token", "legacy").put("callback_id", callbackId)
                .put("trigger_id", trigger).put("action_ts", nextTs());
        p.putObject("team").put("id", "T0FLT").put("domain", "example");
        p.putObject("user").put("id", user).put("username", "rep").put("team_id", "T0FLT");
        if (channel != null) {
            p.putObject("channel").put("id", channel).put("name", "deal-room");
            p.put("message_ts", "1700000000.000100").put("response_url", responseUrl);
            p.putObject("message").put("type", "message").put("user", "UCOLLEAGUE").put("ts", "1700000000.000100").put("text", messageText);
        }
        assertThat(requests.post(SignedRequests.FORM, SignedRequests.payloadForm(p.toString())).statusCode()).isEqualTo(200);
        return trigger;
    }

    private ObjectNode envelope() {
        ObjectNode root = JSON.createObjectNode();
        root.put("token", "legacy").put("team_id", "T0FLT").put("api_app_id", "A0FLT").put("type", "event_callback");
        root.putArray("authorizations").addObject().put("team_id", "T0FLT").put("user_id", BOT_USER)
                .put("is_bot", true).put("is_enterprise_install", false);
        root.put("event_id", "Ev0FLT" + ids.incrementAndGet());
        root.put("event_time", Clock.systemUTC().instant().getEpochSecond());
        return root;
    }

    private String nextTs() {
        return "1800000" + String.format("%03d", ids.incrementAndGet()) + ".000100";
    }

    // ---- what Slack saw ----

    /** Waits until {@code channel} holds at least {@code count} messages matching {@code wanted}; returns them all. */
    List<FakeSlackApi.Message> awaitMessages(String channel, java.util.function.Predicate<FakeSlackApi.Message> wanted, int count)
            throws InterruptedException {
        slack.awaitCalls("chat.postMessage", c -> true, 1, WAIT);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<FakeSlackApi.Message> found = slack.messagesIn(channel).stream().filter(wanted).toList();
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " messages in " + channel + ", saw " + slack.messagesIn(channel));
            }
            // woken by the next call the fake receives
            slack.await(c -> false, Duration.ofMillis(50));
        }
    }

    /** The practice session whose card is in {@code channel}. */
    String sessionIn(String channel) {
        for (FakeSlackApi.Message m : slack.messagesIn(channel)) {
            Matcher found = SESSION.matcher(String.valueOf(m.metadata()));
            if (found.find()) {
                return found.group(1);
            }
        }
        throw new AssertionError("no practice card in " + channel + ": " + slack.messagesIn(channel));
    }

    static String postId(FakeSlackApi.Message m) {
        if (m.metadata() == null) {
            return "";
        }
        try {
            return JSON.readTree(m.metadata()).path("event_payload").path("post_id").asText("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
