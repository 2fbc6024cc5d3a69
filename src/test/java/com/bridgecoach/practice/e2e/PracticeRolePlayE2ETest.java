package com.bridgecoach.practice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.web.WebServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
    final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;
    FakeSlackApi slack;
    Application app;
    SignedRequests signed;

    @BeforeEach
    void fakeSlack() throws Exception {
        slack = new FakeSlackApi();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        slack.close();
    }

    void start() {
        Settings settings = new Settings("xoxb-e2e-token", SECRET, null, slack.url(), "127.0.0.1", 0,
                "jdbc:sqlite:" + dir.resolve("e2e.db"), "prompts");
        app = new Application(settings, Clock.systemUTC(), Ticker.systemTicker());
        WebServer server = app.startHttp();
        if (signed == null) {
            signed = new SignedRequests(SECRET, server.port());
        } else {
            signed.port(server.port());
        }
    }

    void restart() {
        app.close();
        app = null;
        start();
    }

    @Test
    void a_role_play_runs_in_the_thread_answers_each_message_once_and_survives_a_restart() throws Exception {
        start();
        HttpResponse<String> ack = signed.command("UREP0001", CHANNEL, "practice cio it_veto", slack.url() + "response");
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("Role-play set up");

        List<FakeSlackApi.Call> first = slack.awaitPosts(p -> true, 2, WAIT);
        FakeSlackApi.Call card = first.get(0);
        assertThat(card.get("channel")).isEqualTo(CHANNEL);
        assertThat(card.get("thread_ts")).isNull();
        assertThat(blocks(card)).contains("How you'll be scored").contains("Discovery (25%)").contains("EHR:")
                .contains("<@UREP0001>");
        String thread = first.get(1).get("thread_ts");
        assertThat(thread).isNotBlank();
        Predicate<FakeSlackApi.Call> inThread = p -> thread.equals(p.get("thread_ts"));

        String question = "Which of those forty items worries your security team the most?";
        assertThat(signed.event(message("Ev0001", "UREP0001", question, "1800000001.000100", thread), null).statusCode()).isEqualTo(200);
        List<FakeSlackApi.Call> replies = slack.awaitPosts(inThread, 2, WAIT);
        String persona = first.get(1).get("text").substring(1, first.get(1).get("text").indexOf('*', 1));
        assertThat(replies.get(1).get("text")).startsWith("*" + persona + "*");

        // Noise that must not produce a reply: a redelivery, the same words as an app_mention, our own bot,
        // another bot, an edit, a deletion, someone else in the thread, and a message outside any practice thread.
        assertThat(signed.event(message("Ev0001", "UREP0001", question, "1800000001.000100", thread), 1).statusCode()).isEqualTo(200);
        signed.event(mention("Ev0001m", "UREP0001", "<@" + FakeSlackApi.BOT_USER + "> " + question, "1800000001.000100", thread), null);
        signed.event(botMessage("Ev0002", FakeSlackApi.BOT_USER, "B0001", thread), null);
        signed.event(otherBot("Ev0003", thread), null);
        signed.event(changed("Ev0004", thread), null);
        signed.event(deleted("Ev0005", thread), null);
        signed.event(message("Ev0006", "UOTHER01", "Great question!", "1800000002.000100", thread), null);
        signed.event(message("Ev0007", "UREP0001", "Anyone free for lunch?", "1800000003.000100", null), null);

        signed.event(message("Ev0010", "UREP0001", "That's fair, and I'd treat every item on that questionnaire as a requirement.",
                "1800000004.000100", thread), null);
        slack.awaitPosts(inThread, 3, WAIT);

        restart();
        signed.event(message("Ev0011", "UREP0001",
                "Our implementation team would build and test the interface and carry tier-1 support, so it stays off your service desk.",
                "1800000005.000100", thread), null);
        slack.awaitPosts(inThread, 4, WAIT);

        signed.event(message("Ev0012", "UREP0001", "end", "1800000006.000100", thread), null);
        List<FakeSlackApi.Call> all = slack.awaitPosts(p -> inThread.test(p) && blocks(p).contains("Scorecard"), 1, WAIT);
        FakeSlackApi.Call scorecard = all.get(0);
        assertThat(blocks(scorecard)).contains("By criterion").contains("\u201c" + question + "\u201d");

        // Exactly: opening, three persona replies, the scorecard. Nothing answered twice, no noise answered.
        assertThat(slack.posts().stream().filter(inThread)).hasSize(5);
        assertThat(slack.posts()).hasSize(6);

        HttpResponse<String> team = signed.command("UREP0001", CHANNEL, "team", slack.url() + "response");
        assertThat(team.body()).contains("Practice history").contains("it_veto");
    }

    @Test
    void a_manager_starts_a_role_play_for_a_rep_and_only_the_rep_is_answered() throws Exception {
        start();
        HttpResponse<String> ack = signed.command("UMGR0001", CHANNEL, "practice <@UREP0002|jamie> cmo clinician_burden", slack.url() + "response");
        assertThat(ack.body()).contains("Role-play set up").contains("UREP0002");
        List<FakeSlackApi.Call> first = slack.awaitPosts(p -> true, 2, WAIT);
        assertThat(blocks(first.get(0))).contains("<@UREP0002>").contains("<@UMGR0001>");
        String thread = first.get(1).get("thread_ts");
        Predicate<FakeSlackApi.Call> inThread = p -> thread.equals(p.get("thread_ts"));

        signed.event(message("Ev0101", "UMGR0001", "Jamie, remember to ask first.", "1800000010.000100", thread), null);
        signed.event(mention("Ev0102", "UREP0002", "<@" + FakeSlackApi.BOT_USER + "> Walk me through what happens when a heart-failure patient calls back after discharge?",
                "1800000011.000100", thread), null);
        slack.awaitPosts(inThread, 2, WAIT);
        assertThat(slack.posts().stream().filter(inThread)).hasSize(2);

        HttpResponse<String> team = signed.command("UMGR0001", CHANNEL, "team", slack.url() + "response");
        assertThat(readTree(team.body()).toString()).contains("<@UREP0002>").contains("clinician_burden");
        HttpResponse<String> stranger = signed.command("UOTHER01", CHANNEL, "team", slack.url() + "response");
        assertThat(readTree(stranger.body()).toString()).contains("No role-plays to show yet").doesNotContain("UREP0002");
    }

    @Test
    void an_unknown_scenario_is_a_clear_private_notice() throws Exception {
        start();
        HttpResponse<String> ack = signed.command("UREP0003", CHANNEL, "practice cio bedside_manner", slack.url() + "response");
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("ephemeral").contains("bedside_manner").contains("it_veto");
        assertThat(slack.posts()).isEmpty();
    }

    // --- Events API envelopes, shaped like shared/slack-samples/events/*.json with real types filled in ---

    ObjectNode envelope(String eventId) {
        ObjectNode root = json.createObjectNode();
        root.put("token", "legacy");
        root.put("team_id", "T0001");
        root.put("api_app_id", "A0001");
        root.put("type", "event_callback");
        root.putArray("authorizations").addObject().put("team_id", "T0001").put("user_id", FakeSlackApi.BOT_USER)
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
            e.put("parent_user_id", FakeSlackApi.BOT_USER);
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

    /** The blocks of a recorded post as plain JSON text (the SDK escapes quotes and angle brackets). */
    String blocks(FakeSlackApi.Call call) {
        return call.get("blocks") == null ? "" : readTree(call.get("blocks")).toString();
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String s) {
        try {
            return json.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
