package com.bridgecoach.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.FakeSlackApi.Answer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack saying no (ok:false) to a post, a modal or a private message: the rep hears what it means and what to do,
 * through whatever way to them still works (the response_url, an ephemeral message, a DM from the bot).
 */
class SlackRefusalsTest {
    static final String REP = "UREP0202";
    static final String DEAL = "C0DEAL22";

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
    void a_practice_card_refused_in_an_archived_channel_is_explained_on_the_response_url() throws Exception {
        slack.scriptNext("chat.postMessage", Answer.error("is_archived"));

        faulty.command(REP, DEAL, "practice cio it_veto", slack.responseUrl("practice-archived"));

        FakeSlackApi.Call told = slack.next(c -> c.path().endsWith("practice-archived") && c.body().contains("archived"), FaultySlack.WAIT);
        assertThat(FaultySlack.json(told.body()).path("text").asText()).startsWith("<#" + DEAL + "> is archived")
                .contains("active channel");
        assertThat(FaultySlack.json(told.body()).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(slack.messagesIn(DEAL)).isEmpty();
    }

    @Test
    void when_the_response_url_has_expired_the_rep_hears_it_in_an_ephemeral_message_instead() throws Exception {
        slack.scriptNext("chat.postMessage", Answer.error("restricted_action"));
        slack.scriptNextResponseUrl(new Answer(404, Map.of(), "expired_url"));

        faulty.command(REP, DEAL, "practice cio it_veto", slack.responseUrl("practice-expired"));

        FakeSlackApi.Call told = slack.next("chat.postEphemeral", FaultySlack.WAIT);
        assertThat(told.form()).containsEntry("user", REP).containsEntry("channel", DEAL);
        assertThat(told.form().get("text")).contains("Only some people can post in <#" + DEAL + ">");
    }

    @Test
    void a_coaching_reply_slack_finds_too_long_is_explained_privately_in_the_thread() throws Exception {
        slack.scriptNext("chat.postMessage", Answer.error("msg_too_long"));

        faulty.say(REP, "D0REP202", "the CIO says there's no bandwidth for another interface before the Epic upgrade", null);

        FakeSlackApi.Call told = slack.next("chat.postEphemeral", FaultySlack.WAIT);
        assertThat(told.form()).containsEntry("user", REP).containsEntry("channel", "D0REP202");
        assertThat(told.form().get("thread_ts")).isNotBlank();
        assertThat(told.form().get("text")).contains("too long for one message");
    }

    @Test
    void a_persona_reply_refused_where_the_bot_was_removed_reaches_the_rep_by_dm_when_the_ephemeral_is_refused_too() throws Exception {
        faulty.command(REP, DEAL, "practice cio it_veto", slack.responseUrl("practice"));
        List<FakeSlackApi.Message> opened = faulty.awaitMessages(DEAL, m -> true, 2);
        String thread = opened.get(1).threadTs();

        slack.scriptNext("chat.postMessage", Answer.error("not_in_channel"));
        slack.scriptNext("chat.postEphemeral", Answer.error("not_in_channel"));
        faulty.say(REP, DEAL, "Which of those forty items worries your security team the most?", thread);

        FakeSlackApi.Call dm = slack.next(c -> "chat.postMessage".equals(c.method()) && REP.equals(c.form().get("channel")), FaultySlack.WAIT);
        assertThat(dm.form().get("text")).contains("I can't post in <#" + DEAL + ">").contains("/invite @Bridge Coach");
        assertThat(slack.calls("chat.postEphemeral")).hasSize(1);
        // a refusal is not a delay: nothing is owed, and the thread stays as it was
        assertThat(slack.messagesIn(DEAL).stream().filter(m -> thread.equals(m.threadTs()))).hasSize(1);
    }

    @Test
    void the_interview_shortcut_whose_window_slack_would_not_open_is_explained_in_a_dm() throws Exception {
        slack.scriptNext("views.open", Answer.error("expired_trigger_id"));

        faulty.shortcut(REP, "coach_me_on_a_deal", null, null, null);

        FakeSlackApi.Call dm = slack.next(c -> "chat.postMessage".equals(c.method()), FaultySlack.WAIT);
        assertThat(dm.form()).containsEntry("channel", REP);
        assertThat(dm.form().get("text")).contains("three seconds").contains("Try it again");
    }

    @Test
    void the_translate_shortcut_whose_modal_slack_refused_is_explained_on_its_response_url() throws Exception {
        slack.scriptNext("views.open", Answer.error("invalid_arguments"));

        faulty.shortcut(REP, "coach_translate_message", DEAL, "Our FHIR API cuts time to antibiotics by 2 hours in Epic.",
                slack.responseUrl("translate"));

        FakeSlackApi.Call told = slack.next(c -> c.path().endsWith("/translate"), FaultySlack.WAIT);
        assertThat(FaultySlack.json(told.body()).path("text").asText()).contains("Slack turned that down (invalid_arguments)");
        assertThat(slack.calls("chat.postEphemeral")).isEmpty();
    }
}
