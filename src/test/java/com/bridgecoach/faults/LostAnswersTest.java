package com.bridgecoach.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.FakeSlackApi.Answer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack's answer to a post lost on the way back (a timeout, a dropped connection) after Slack may have posted it.
 * Slack has no idempotency key for chat.postMessage; the bot's mark in the message metadata stands in for one, so
 * the rep sees the answer once: found and left alone, or posted again only when Slack does not have it, or, when
 * nobody can tell, not posted again and the rep told.
 */
class LostAnswersTest {
    static final String REP = "UREP0303";
    static final String DM = "D0REP303";
    static final String SITUATION = "the CIO says there's no bandwidth for another interface before the Epic upgrade";

    @TempDir
    Path dir;
    FaultySlack faulty;
    FakeSlackApi slack;

    @BeforeEach
    void start() {
        faulty = new FaultySlack(dir, Duration.ofHours(1));
        slack = faulty.slack;
    }

    @AfterEach
    void stop() {
        faulty.close();
    }

    @Test
    void an_answer_slack_posted_before_the_connection_dropped_is_found_in_the_thread_and_not_posted_twice() throws Exception {
        slack.scriptNext("chat.postMessage", Answer.lostAfterAccepting());

        faulty.say(REP, DM, SITUATION, null);
        slack.next("conversations.replies", FaultySlack.WAIT);
        faulty.app.close();

        assertThat(slack.messagesIn(DM)).hasSize(1);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("chat.postEphemeral")).isEmpty();
        assertThat(faulty.pauses).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void an_answer_that_shows_in_the_conversation_only_after_a_moment_is_still_not_posted_twice() throws Exception {
        slack.scriptNext("chat.postMessage", Answer.lostAfterAccepting());
        // the first look finds the thread without it: Slack's history has not caught up with the post yet
        slack.scriptOnce("conversations.replies", Answer.ok("{\"ok\":true,\"messages\":[],\"has_more\":false}"));

        faulty.say(REP, DM, SITUATION, null);
        slack.next("conversations.replies", FaultySlack.WAIT);
        slack.next("conversations.replies", FaultySlack.WAIT);
        faulty.app.close();

        assertThat(slack.messagesIn(DM)).hasSize(1);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("chat.postEphemeral")).isEmpty();
        assertThat(faulty.pauses).containsExactly(Duration.ofMillis(250), Duration.ofSeconds(1));
    }

    @Test
    void an_answer_slack_never_kept_is_posted_again_once() throws Exception {
        slack.scriptNext("chat.postMessage", Answer.droppedBeforeAccepting());

        faulty.say(REP, DM, SITUATION, null);
        faulty.awaitMessages(DM, m -> true, 1);
        faulty.app.close();

        assertThat(slack.messagesIn(DM)).hasSize(1);
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
        assertThat(slack.calls("chat.postEphemeral")).isEmpty();
    }

    @Test
    void when_nobody_can_tell_whether_slack_posted_it_the_answer_is_not_posted_again_and_the_rep_is_told() throws Exception {
        slack.scriptNext("chat.postMessage", Answer.lostAfterAccepting());
        slack.script("conversations.replies", Answer.error("missing_scope"));

        faulty.say(REP, DM, SITUATION, null);

        FakeSlackApi.Call told = slack.next("chat.postEphemeral", FaultySlack.WAIT);
        assertThat(told.form()).containsEntry("user", REP).containsEntry("channel", DM);
        assertThat(told.form().get("text")).contains("didn't confirm").contains("send your message again");
        faulty.app.close();
        assertThat(slack.messagesIn(DM)).hasSize(1);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }
}
