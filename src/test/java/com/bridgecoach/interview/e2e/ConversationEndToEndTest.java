package com.bridgecoach.interview.e2e;

import static com.bridgecoach.interview.e2e.SlackServer.button;
import static com.bridgecoach.interview.e2e.SlackServer.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.testing.FakeSlackApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mentions and DMs through signed Events API payloads: the answer lands in the thread, once. */
class ConversationEndToEndTest {
    private static final String SITUATION = "IT says they have no bandwidth until the Epic upgrade is done, no analysts free";

    @TempDir
    static Path dir;
    private static SlackServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new SlackServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ObjectNode mention(String text, String ts, String threadTs) {
        ObjectNode e = server.object();
        e.put("type", "app_mention").put("user", SlackServer.USER).put("text", text).put("ts", ts)
                .put("channel", "C0DEALS").put("event_ts", ts);
        if (threadTs != null) {
            e.put("thread_ts", threadTs);
        }
        return e;
    }

    private static ObjectNode dm(String text, String ts) {
        ObjectNode e = server.object();
        e.put("type", "message").put("channel_type", "im").put("user", SlackServer.USER).put("text", text)
                .put("ts", ts).put("channel", "D0REP").put("event_ts", ts);
        return e;
    }

    /** Sends a DM the bot must answer and waits for that answer: everything sent before it has been decided. */
    private static void fence() throws Exception {
        String ts = "1700000099." + server.nextId("").replace("-", "");
        assertThat(server.event(server.nextId("EvFence"), dm("help", ts))).isEqualTo(200);
        FakeSlackApi.Call post = server.await("chat.postMessage");
        assertThat(post.form().get("thread_ts")).isEqualTo(ts);
    }

    @Test
    void aMentionInAChannelIsAnsweredInItsThreadWithTheDiagnosis() throws Exception {
        assertThat(server.event("EvMention1", mention("<@" + SlackServer.BOT_USER + "> " + SITUATION, "1700000001.000100", null))).isEqualTo(200);
        FakeSlackApi.Call post = server.await("chat.postMessage");
        assertThat(post.form()).containsEntry("channel", "C0DEALS").containsEntry("thread_ts", "1700000001.000100");
        JsonNode blocks = SlackServer.jsonParam(post, "blocks");
        assertThat(header(blocks)).startsWith("Resource constraint");
        assertThat(SlackServer.text(blocks)).doesNotContain("<@" + SlackServer.BOT_USER + ">");
        button(blocks, "Walk me through it");
    }

    @Test
    void aMentionInsideAThreadAnswersInThatThread() throws Exception {
        server.event("EvMention2", mention("<@" + SlackServer.BOT_USER + "> " + SITUATION, "1700000002.000200", "1700000000.000001"));
        assertThat(server.await("chat.postMessage").form()).containsEntry("thread_ts", "1700000000.000001");
    }

    @Test
    void aBareMentionStartsTheInterviewWhoseButtonsWorkInTheThread() throws Exception {
        server.event("EvMention3", mention("<@" + SlackServer.BOT_USER + ">", "1700000003.000300", null));
        JsonNode blocks = SlackServer.jsonParam(server.await("chat.postMessage"), "blocks");
        assertThat(header(blocks)).isEqualTo("Who is carrying this deal inside the hospital today?");
        JsonNode next = server.click(button(blocks, "Nobody yet"), false);
        assertThat(next.path("replace_original").asBoolean()).isTrue();
        assertThat(next.has("response_type")).as("a message in a channel stays as it is, not turned ephemeral").isFalse();
        assertThat(header(next.path("blocks"))).isEqualTo("What is IT doing with the deal right now?");
    }

    @Test
    void aDirectMessageIsAnsweredInItsThread() throws Exception {
        server.event("EvDm1", dm(SITUATION, "1700000004.000400"));
        FakeSlackApi.Call post = server.await("chat.postMessage");
        assertThat(post.form()).containsEntry("channel", "D0REP").containsEntry("thread_ts", "1700000004.000400");
        assertThat(header(SlackServer.jsonParam(post, "blocks"))).startsWith("Resource constraint");
    }

    @Test
    void aRedeliveredEventIsAnsweredOnce() throws Exception {
        server.event("EvDm2", dm(SITUATION, "1700000005.000500"));
        server.await("chat.postMessage");
        long before = server.count("chat.postMessage");
        assertThat(server.event("EvDm2", dm(SITUATION, "1700000005.000500"))).isEqualTo(200);
        fence();
        assertThat(server.count("chat.postMessage")).isEqualTo(before + 1);
    }

    @Test
    void botsEditsDeletionsAndChannelChatterAreLeftAlone() throws Exception {
        long before = server.count("chat.postMessage");
        ObjectNode fromBot = dm(SITUATION, "1700000006.000600");
        fromBot.put("bot_id", SlackServer.BOT_ID).put("user", SlackServer.BOT_USER);
        ObjectNode otherBot = dm(SITUATION, "1700000006.000610");
        otherBot.put("subtype", "bot_message").put("bot_id", "B0OTHER").remove("user");
        ObjectNode edited = server.object();
        edited.put("type", "message").put("subtype", "message_changed").put("channel", "D0REP").put("channel_type", "im")
                .put("ts", "1700000006.000620").put("event_ts", "1700000006.000620");
        edited.putObject("message").put("type", "message").put("user", SlackServer.USER).put("text", SITUATION).put("ts", "1700000004.000400");
        ObjectNode deleted = server.object();
        deleted.put("type", "message").put("subtype", "message_deleted").put("channel", "D0REP").put("channel_type", "im")
                .put("ts", "1700000006.000630").put("deleted_ts", "1700000004.000400").put("event_ts", "1700000006.000630");
        ObjectNode inChannel = dm(SITUATION, "1700000006.000640");
        inChannel.put("channel_type", "channel").put("channel", "C0DEALS");
        int i = 0;
        for (ObjectNode e : new ObjectNode[] {fromBot, otherBot, edited, deleted, inChannel}) {
            assertThat(server.event("EvIgnored" + i++, e)).as(e.toString()).isEqualTo(200);
        }
        fence();
        assertThat(server.count("chat.postMessage")).isEqualTo(before + 1);
    }
}
