package com.bridgecoach.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.FakeSlackApi.Answer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A persona reply that Slack will not take (five hundreds, timeouts) is not lost: the rep's turn is in the store,
 * the rep is told privately that the answer is delayed, and the answer is posted later, once, in its place in the
 * thread. End to end: the real server, a SQLite store, the fake Slack failing on cue.
 */
class PracticeRepliesOwedTest {
    static final String CHANNEL = "C0PRACT1";
    static final String REP = "UREP0101";
    static final Answer DOWN = new Answer(503, Map.of(), "{\"ok\":false,\"error\":\"service_unavailable\"}");

    @TempDir
    Path dir;
    FaultySlack faulty;

    @AfterEach
    void stop() {
        if (faulty != null) {
            faulty.close();
        }
    }

    @Test
    void a_reply_slack_refused_four_times_is_kept_the_rep_told_and_posted_once_when_the_rep_speaks_next() throws Exception {
        faulty = new FaultySlack(dir, Duration.ofHours(1));
        String thread = startRolePlay();
        String session = faulty.sessionIn(CHANNEL);

        faulty.slack.scriptNext("chat.postMessage", DOWN, DOWN, DOWN, DOWN);
        String first = "Which of those forty items worries your security team the most?";
        faulty.say(REP, CHANNEL, first, thread);

        FakeSlackApi.Call told = faulty.slack.next("chat.postEphemeral", FaultySlack.WAIT);
        assertThat(told.form()).containsEntry("user", REP).containsEntry("channel", CHANNEL).containsEntry("thread_ts", thread);
        assertThat(told.form().get("text")).contains("hasn't reached the thread").contains("no need to send it again");
        assertThat(faulty.slack.calls("chat.postMessage")).hasSize(2 + 4);
        assertThat(faulty.pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(replies(thread)).as("nothing reached the thread yet").hasSize(1);

        String second = "That's fair. We'd answer every item in writing before your review board meets.";
        faulty.say(REP, CHANNEL, second, thread);
        List<FakeSlackApi.Message> answered = faulty.awaitMessages(CHANNEL, m -> thread.equals(m.threadTs()), 3);

        // the owed reply first, then the answer to the new line: each once, in the order they were due
        assertThat(answered).extracting(FaultySlack::postId)
                .containsExactly("practice:" + session + ":0", "practice:" + session + ":1", "practice:" + session + ":2");
        assertThat(faulty.slack.calls("conversations.replies")).as("looked for before posting it again").isNotEmpty();

        faulty.say(REP, CHANNEL, "end", thread);
        faulty.awaitMessages(CHANNEL, m -> FaultySlack.postId(m).endsWith(":scorecard"), 1);
        assertThat(replies(thread)).extracting(FaultySlack::postId).containsExactly("practice:" + session + ":0",
                "practice:" + session + ":1", "practice:" + session + ":2", "practice:" + session + ":scorecard");
        assertThat(faulty.slack.calls("chat.postEphemeral")).hasSize(1);

        // the turn history is whole: both lines and both answers
        HttpResponse<String> transcript = faulty.command(REP, CHANNEL, "team " + session, faulty.slack.responseUrl("team"));
        assertThat(FaultySlack.json(transcript.body()).toString()).contains("forty items worries your security team")
                .contains("answer every item in writing");
    }

    @Test
    void a_reply_slack_refused_is_posted_by_the_periodic_try_without_the_rep_saying_anything() throws Exception {
        faulty = new FaultySlack(dir, Duration.ofMillis(50));
        String thread = startRolePlay();
        String session = faulty.sessionIn(CHANNEL);

        faulty.slack.scriptNext("chat.postMessage", DOWN, DOWN, DOWN, DOWN);
        faulty.say(REP, CHANNEL, "Which of those forty items worries your security team the most?", thread);
        faulty.slack.next("chat.postEphemeral", FaultySlack.WAIT);

        faulty.awaitMessages(CHANNEL, m -> FaultySlack.postId(m).equals("practice:" + session + ":1"), 1);

        // the next line is answered after it, and the owed reply is not posted a second time
        faulty.say(REP, CHANNEL, "That's fair. We'd answer every item in writing before your review board meets.", thread);
        faulty.awaitMessages(CHANNEL, m -> FaultySlack.postId(m).equals("practice:" + session + ":2"), 1);
        assertThat(replies(thread)).extracting(FaultySlack::postId)
                .containsExactly("practice:" + session + ":0", "practice:" + session + ":1", "practice:" + session + ":2");
    }

    @Test
    void a_reply_whose_answer_was_lost_after_slack_posted_it_is_found_and_not_posted_again() throws Exception {
        faulty = new FaultySlack(dir, Duration.ofHours(1));
        String thread = startRolePlay();
        String session = faulty.sessionIn(CHANNEL);

        faulty.slack.scriptNext("chat.postMessage", Answer.lostAfterAccepting());
        faulty.say(REP, CHANNEL, "Which of those forty items worries your security team the most?", thread);
        faulty.slack.next("conversations.replies", FaultySlack.WAIT);
        faulty.say(REP, CHANNEL, "That's fair. We'd answer every item in writing before your review board meets.", thread);
        faulty.awaitMessages(CHANNEL, m -> FaultySlack.postId(m).equals("practice:" + session + ":2"), 1);

        assertThat(replies(thread)).extracting(FaultySlack::postId)
                .containsExactly("practice:" + session + ":0", "practice:" + session + ":1", "practice:" + session + ":2");
        assertThat(faulty.slack.calls("chat.postEphemeral")).as("nothing to tell: the answer arrived").isEmpty();
    }

    @Test
    void a_reply_that_cannot_be_confirmed_is_owed_and_checked_again_before_it_is_posted() throws Exception {
        faulty = new FaultySlack(dir, Duration.ofHours(1));
        String thread = startRolePlay();
        String session = faulty.sessionIn(CHANNEL);

        // Slack posts it, the answer is lost, and the thread cannot be read to find out
        faulty.slack.scriptNext("chat.postMessage", Answer.lostAfterAccepting());
        faulty.slack.scriptOnce("conversations.replies", Answer.error("internal_error"));
        faulty.say(REP, CHANNEL, "Which of those forty items worries your security team the most?", thread);
        FakeSlackApi.Call told = faulty.slack.next("chat.postEphemeral", FaultySlack.WAIT);
        assertThat(told.form().get("text")).contains("hasn't reached the thread");

        faulty.say(REP, CHANNEL, "That's fair. We'd answer every item in writing before your review board meets.", thread);
        faulty.awaitMessages(CHANNEL, m -> FaultySlack.postId(m).equals("practice:" + session + ":2"), 1);

        assertThat(replies(thread)).extracting(FaultySlack::postId)
                .containsExactly("practice:" + session + ":0", "practice:" + session + ":1", "practice:" + session + ":2");
    }

    /** Starts a role-play in the channel; returns its thread once the card and the opening are there. */
    private String startRolePlay() throws InterruptedException {
        HttpResponse<String> ack = faulty.command(REP, CHANNEL, "practice cio it_veto", faulty.slack.responseUrl("practice"));
        assertThat(ack.body()).contains("Role-play set up");
        List<FakeSlackApi.Message> opened = faulty.awaitMessages(CHANNEL, m -> true, 2);
        return opened.get(1).threadTs();
    }

    private List<FakeSlackApi.Message> replies(String thread) {
        return faulty.slack.messagesIn(CHANNEL).stream().filter(m -> thread.equals(m.threadTs())).toList();
    }
}
