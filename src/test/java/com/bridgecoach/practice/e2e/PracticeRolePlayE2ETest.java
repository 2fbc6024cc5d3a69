package com.bridgecoach.practice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.FakeSlackApi.Answer;
import com.bridgecoach.testing.SignedRequests;
import com.bridgecoach.web.WebServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Role-plays end to end: the real server, signed Slack requests (event shapes from shared/slack-samples/events,
 * with real types and ids), and a fake Slack Web API that records chat.postMessage.
 */
class PracticeRolePlayE2ETest {
    static final String SECRET = "e2e-signing-secret";
    static final String CHANNEL = "C0DEAL01";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String BOT_USER = "UBOT0001";
    static final String POST_MESSAGE = "chat.postMessage";
    final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;
    FakeSlackApi slack;
    Application app;
    SignedRequests signed;

    @BeforeEach
    void fakeSlack() throws Exception {
        slack = FakeSlackApi.start();
        slack.script("auth.test", Answer.ok("{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\",\"user\":\"bridgecoach\","
                + "\"team_id\":\"T0001\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"B0001\"}"));
        AtomicLong ts = new AtomicLong(1_700_000_000_000L);
        slack.script(POST_MESSAGE, call -> {
            long next = ts.addAndGet(100);
            return Answer.ok("{\"ok\":true,\"channel\":\"" + call.form().get("channel") + "\",\"ts\":\""
                    + (next / 1_000_000) + "." + String.format("%06d", next % 1_000_000) + "\"}");
        });
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        slack.close();
    }

    void start() {
        Settings settings = new Settings("xoxb-e2e-token", SECRET, null, slack.apiUrl(), "127.0.0.1", 0,
                "jdbc:sqlite:" + dir.resolve("e2e.db"), "prompts");
        app = new Application(settings, Clock.systemUTC(), Ticker.systemTicker());
        WebServer server = app.startHttp();
        signed = new SignedRequests(URI.create("http://127.0.0.1:" + server.port()), SECRET, Clock.systemUTC());
    }

    void restart() {
        app.close();
        app = null;
        start();
    }

    @Test
    void a_role_play_runs_in_the_thread_answers_each_message_once_and_survives_a_restart() throws Exception {
        start();
        HttpResponse<String> ack = command("UREP0001", CHANNEL, "practice cio it_veto", slack.responseUrl("command"));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("Role-play set up");

        List<FakeSlackApi.Call> first = awaitPosts(p -> true, 2);
        FakeSlackApi.Call card = first.get(0);
        assertThat(param(card, "channel")).isEqualTo(CHANNEL);
        assertThat(param(card, "thread_ts")).isNull();
        assertThat(blocks(card)).contains("How you'll be scored").contains("Discovery (25%)").contains("EHR:")
                .contains("<@UREP0001>");
        String thread = param(first.get(1), "thread_ts");
        assertThat(thread).isNotBlank();
        Predicate<FakeSlackApi.Call> inThread = p -> thread.equals(param(p, "thread_ts"));

        String question = "Which of those forty items worries your security team the most?";
        assertThat(event(message("Ev0001", "UREP0001", question, "1800000001.000100", thread), null).statusCode()).isEqualTo(200);
        List<FakeSlackApi.Call> replies = awaitPosts(inThread, 2);
        String persona = param(first.get(1), "text").substring(1, param(first.get(1), "text").indexOf('*', 1));
        assertThat(param(replies.get(1), "text")).startsWith("*" + persona + "*");

        // Noise that must not produce a reply: a redelivery, the same words as an app_mention, our own bot,
        // another bot, an edit, a deletion, someone else in the thread, and a message outside any practice thread.
        assertThat(event(message("Ev0001", "UREP0001", question, "1800000001.000100", thread), 1).statusCode()).isEqualTo(200);
        event(mention("Ev0001m", "UREP0001", "<@" + BOT_USER + "> " + question, "1800000001.000100", thread), null);
        event(botMessage("Ev0002", BOT_USER, "B0001", thread), null);
        event(otherBot("Ev0003", thread), null);
        event(changed("Ev0004", thread), null);
        event(deleted("Ev0005", thread), null);
        event(message("Ev0006", "UOTHER01", "Great question!", "1800000002.000100", thread), null);
        event(message("Ev0007", "UREP0001", "Anyone free for lunch?", "1800000003.000100", null), null);

        event(message("Ev0010", "UREP0001", "That's fair, and I'd treat every item on that questionnaire as a requirement.",
                "1800000004.000100", thread), null);
        awaitPosts(inThread, 3);

        restart();
        event(message("Ev0011", "UREP0001",
                "Our implementation team would build and test the interface and carry tier-1 support, so it stays off your service desk.",
                "1800000005.000100", thread), null);
        awaitPosts(inThread, 4);

        event(message("Ev0012", "UREP0001", "end", "1800000006.000100", thread), null);
        List<FakeSlackApi.Call> all = awaitPosts(p -> inThread.test(p) && blocks(p).contains("Scorecard"), 1);
        FakeSlackApi.Call scorecard = all.get(0);
        assertThat(blocks(scorecard)).contains("By criterion").contains("\u201c" + question + "\u201d");

        // Exactly: opening, three persona replies, the scorecard. Nothing answered twice, no noise answered.
        assertThat(posts().stream().filter(inThread)).hasSize(5);
        assertThat(posts()).hasSize(6);

        HttpResponse<String> team = command("UREP0001", CHANNEL, "team", slack.responseUrl("command"));
        assertThat(team.body()).contains("Practice history").contains("it_veto");
    }

    @Test
    void a_manager_starts_a_role_play_for_a_rep_and_only_the_rep_is_answered() throws Exception {
        start();
        HttpResponse<String> ack = command("UMGR0001", CHANNEL, "practice <@UREP0002|jamie> cmo clinician_burden", slack.responseUrl("command"));
        assertThat(ack.body()).contains("Role-play set up").contains("UREP0002");
        List<FakeSlackApi.Call> first = awaitPosts(p -> true, 2);
        assertThat(blocks(first.get(0))).contains("<@UREP0002>").contains("<@UMGR0001>");
        String thread = param(first.get(1), "thread_ts");
        Predicate<FakeSlackApi.Call> inThread = p -> thread.equals(param(p, "thread_ts"));

        event(message("Ev0101", "UMGR0001", "Jamie, remember to ask first.", "1800000010.000100", thread), null);
        event(mention("Ev0102", "UREP0002", "<@" + BOT_USER + "> Walk me through what happens when a heart-failure patient calls back after discharge?",
                "1800000011.000100", thread), null);
        awaitPosts(inThread, 2);
        assertThat(posts().stream().filter(inThread)).hasSize(2);

        HttpResponse<String> team = command("UMGR0001", CHANNEL, "team", slack.responseUrl("command"));
        assertThat(readTree(team.body()).toString()).contains("<@UREP0002>").contains("clinician_burden");
        HttpResponse<String> stranger = command("UOTHER01", CHANNEL, "team", slack.responseUrl("command"));
        assertThat(readTree(stranger.body()).toString()).contains("No role-plays to show yet").doesNotContain("UREP0002");
    }

    @Test
    void an_unknown_scenario_is_a_clear_private_notice() throws Exception {
        start();
        HttpResponse<String> ack = command("UREP0003", CHANNEL, "practice cio bedside_manner", slack.responseUrl("command"));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("ephemeral").contains("bedside_manner").contains("it_veto");
        assertThat(posts()).isEmpty();
    }

    // --- Events API envelopes, shaped like shared/slack-samples/events/*.json with real types filled in ---

    ObjectNode envelope(String eventId) {
        ObjectNode root = json.createObjectNode();
        root.put("token", "legacy");
        root.put("team_id", "T0001");
        root.put("api_app_id", "A0001");
        root.put("type", "event_callback");
        root.putArray("authorizations").addObject().put("team_id", "T0001").put("user_id", BOT_USER)
                .put("is_bot", true).put("is_enterprise_install", false);
        root.put("is_ext_shared_channel", false);
        root.put("event_id", eventId);
        root.put("event_time", System.currentTimeMillis() / 1000);
        return root;
    }

    String message(String eventId, String user, String text, String ts, String threadTs) {
        ObjectNode root = envelope(eventId);
        ObjectNode e = root.putObject("event");
        e.put("client_msg_id", "msg-" + eventId);
        e.put("type", "message");
        e.put("team", "T0001");
        e.put("channel", CHANNEL);
        e.put("user", user);
        e.put("text", text);
        e.put("ts", ts);
        e.put("event_ts", ts);
        e.put("channel_type", "channel");
        if (threadTs != null) {
            e.put("thread_ts", threadTs);
            e.put("parent_user_id", BOT_USER);
        }
        return root.toString();
    }

    String mention(String eventId, String user, String text, String ts, String threadTs) {
        ObjectNode root = envelope(eventId);
        ObjectNode e = root.putObject("event");
        e.put("type", "app_mention");
        e.put("user", user);
        e.put("text", text);
        e.put("ts", ts);
        e.put("team", "T0001");
        e.put("channel", CHANNEL);
        e.put("event_ts", ts);
        e.put("thread_ts", threadTs);
        return root.toString();
    }

    String botMessage(String eventId, String user, String botId, String threadTs) {
        ObjectNode root = (ObjectNode) readTree(message(eventId, user, "*Persona*: echo of our own reply", "1800000009.000100", threadTs));
        ((ObjectNode) root.get("event")).put("bot_id", botId);
        return root.toString();
    }

    String otherBot(String eventId, String threadTs) {
        ObjectNode root = envelope(eventId);
        ObjectNode e = root.putObject("event");
        e.put("type", "message");
        e.put("subtype", "bot_message");
        e.put("text", "Deploy finished");
        e.put("ts", "1800000008.000100");
        e.put("bot_id", "B0THER01");
        e.put("channel", CHANNEL);
        e.put("thread_ts", threadTs);
        e.put("channel_type", "channel");
        return root.toString();
    }

    String changed(String eventId, String threadTs) {
        ObjectNode root = envelope(eventId);
        ObjectNode e = root.putObject("event");
        e.put("type", "message");
        e.put("subtype", "message_changed");
        e.put("hidden", true);
        e.put("channel", CHANNEL);
        e.put("ts", "1800000007.000200");
        e.put("event_ts", "1800000007.000200");
        e.put("channel_type", "channel");
        ObjectNode m = e.putObject("message");
        m.put("type", "message");
        m.put("user", "UREP0001");
        m.put("text", "Which of those forty items worries your security team the most? (edited)");
        m.put("ts", "1800000001.000100");
        m.put("thread_ts", threadTs);
        m.putObject("edited").put("user", "UREP0001").put("ts", "1800000007.000200");
        ObjectNode prev = e.putObject("previous_message");
        prev.put("type", "message");
        prev.put("user", "UREP0001");
        prev.put("text", "Which of those forty items worries your security team the most?");
        prev.put("ts", "1800000001.000100");
        return root.toString();
    }

    String deleted(String eventId, String threadTs) {
        ObjectNode root = envelope(eventId);
        ObjectNode e = root.putObject("event");
        e.put("type", "message");
        e.put("subtype", "message_deleted");
        e.put("hidden", true);
        e.put("channel", CHANNEL);
        e.put("ts", "1800000007.000300");
        e.put("deleted_ts", "1800000002.000100");
        e.put("event_ts", "1800000007.000300");
        e.put("channel_type", "channel");
        ObjectNode prev = e.putObject("previous_message");
        prev.put("type", "message");
        prev.put("user", "UOTHER01");
        prev.put("text", "Great question!");
        prev.put("ts", "1800000002.000100");
        prev.put("thread_ts", threadTs);
        return root.toString();
    }

    HttpResponse<String> command(String userId, String channel, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", "T0001");
        form.put("team_domain", "example");
        form.put("channel_id", channel);
        form.put("channel_name", "deal-room");
        form.put("user_id", userId);
        form.put("user_name", userId.toLowerCase());
        form.put("command", "/coach");
        form.put("text", text);
        form.put("api_app_id", "A0001");
        form.put("response_url", responseUrl);
        form.put("trigger_id", signed.newTriggerId());
        return signed.post(SignedRequests.FORM, SignedRequests.form(form));
    }

    /** An Events API envelope, signed; a redelivery carries Slack's retry headers. */
    HttpResponse<String> event(String json, Integer retryNum) {
        return retryNum == null ? signed.post(SignedRequests.JSON, json)
                : signed.post(SignedRequests.JSON, json, Map.of("X-Slack-Retry-Num", String.valueOf(retryNum), "X-Slack-Retry-Reason", "http_timeout"));
    }

    List<FakeSlackApi.Call> posts() {
        return slack.calls(POST_MESSAGE);
    }

    List<FakeSlackApi.Call> awaitPosts(Predicate<FakeSlackApi.Call> which, int count) throws InterruptedException {
        return slack.awaitCalls(POST_MESSAGE, which, count, WAIT);
    }

    static String param(FakeSlackApi.Call call, String name) {
        return call.form().get(name);
    }

    /** The blocks of a recorded post as plain JSON text (the SDK escapes quotes and angle brackets). */
    String blocks(FakeSlackApi.Call call) {
        return param(call, "blocks") == null ? "" : readTree(param(call, "blocks")).toString();
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String s) {
        try {
            return json.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
