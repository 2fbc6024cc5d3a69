package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.FakeSlackApi.Answer;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.util.http.SlackHttpClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WebApiRetriesTest {
    static final String CHANNEL = "C0DEAL01";
    static final String THREAD = "1700000000.000100";

    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final WebApiRetries retries = new WebApiRetries(pauses::add, true, Clock.systemUTC());

    @Test
    void a_refused_connection_is_tried_four_times_with_growing_backoff_then_reported() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        OkHttpClient client = retries.install(new OkHttpClient());
        Request request = new Request.Builder().url("http://127.0.0.1:" + closedPort + "/api/chat.postMessage").build();

        assertThatThrownBy(() -> client.newCall(request).execute().close()).isInstanceOf(IOException.class)
                .isNotInstanceOf(UnconfirmedPostException.class);
        assertThat(pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void backoff_doubles_and_is_capped() {
        assertThat(WebApiRetries.backoff(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(WebApiRetries.backoff(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(WebApiRetries.backoff(9)).isEqualTo(WebApiRetries.LONGEST_BACKOFF);
        assertThat(WebApiRetries.retryAfter("12")).isEqualTo(Duration.ofSeconds(12));
        assertThat(WebApiRetries.retryAfter("soon")).isEqualTo(WebApiRetries.DEFAULT_RETRY_AFTER);
    }

    /** Slack took the request, and its answer was lost on the way back. */
    @Nested
    class WhenTheAnswerIsLost {
        FakeSlackApi slack;
        MethodsClient client;

        @BeforeEach
        void start() {
            slack = FakeSlackApi.start();
            slack.script("chat.postMessage", call -> Answer.ok("{\"ok\":true,\"channel\":\"" + CHANNEL + "\",\"ts\":\"1800000000.0000"
                    + (10 + slack.calls("chat.postMessage").size()) + "\"}"));
            client = client(slack, Duration.ofSeconds(10));
        }

        @AfterEach
        void stop() {
            slack.close();
        }

        @Test
        void a_thread_reply_that_timed_out_after_slack_posted_it_is_found_and_not_posted_again() throws Exception {
            MethodsClient impatient = client(slack, Duration.ofMillis(300));
            slack.scriptNext("chat.postMessage", Answer.stalledAfterAccepting());

            ChatPostMessageResponse sent = impatient.chatPostMessage(r -> r.channel(CHANNEL).threadTs(THREAD).text("Fair question."));

            assertThat(sent.isOk()).isTrue();
            assertThat(slack.messagesIn(CHANNEL)).hasSize(1);
            assertThat(sent.getTs()).isEqualTo(slack.messagesIn(CHANNEL).get(0).ts());
            assertThat(slack.calls("chat.postMessage")).hasSize(1);
            assertThat(slack.calls("conversations.replies")).hasSize(1);
            assertThat(slack.calls("conversations.replies").get(0).form()).containsEntry("ts", THREAD)
                    .containsEntry("include_all_metadata", "true");
            assertThat(pauses).containsExactly(Duration.ofMillis(250));
        }

        @Test
        void a_channel_post_whose_connection_dropped_after_slack_took_it_is_found_in_the_history() throws Exception {
            slack.scriptNext("chat.postMessage", Answer.lostAfterAccepting());

            ChatPostMessageResponse sent = client.chatPostMessage(r -> r.channel(CHANNEL).text("The plan"));

            assertThat(sent.isOk()).isTrue();
            assertThat(slack.messagesIn(CHANNEL)).hasSize(1);
            assertThat(slack.calls("chat.postMessage")).hasSize(1);
            assertThat(slack.calls("conversations.history")).hasSize(1);
        }

        @Test
        void a_post_slack_never_kept_is_posted_again_once_with_the_same_mark() throws Exception {
            slack.scriptNext("chat.postMessage", Answer.droppedBeforeAccepting());

            ChatPostMessageResponse sent = client.chatPostMessage(r -> r.channel(CHANNEL).threadTs(THREAD).text("Fair question."));

            assertThat(sent.isOk()).isTrue();
            assertThat(slack.messagesIn(CHANNEL)).hasSize(1);
            List<FakeSlackApi.Call> posts = slack.calls("chat.postMessage");
            assertThat(posts).hasSize(2);
            assertThat(posts.get(1).form().get("metadata")).isEqualTo(posts.get(0).form().get("metadata")).contains(PostMark.EVENT_TYPE);
        }

        @Test
        void when_the_conversation_cannot_be_read_the_post_is_not_repeated_and_the_caller_is_told() {
            slack.scriptNext("chat.postMessage", Answer.lostAfterAccepting());
            slack.script("conversations.replies", Answer.error("missing_scope"));

            assertThatThrownBy(() -> client.chatPostMessage(r -> r.channel(CHANNEL).threadTs(THREAD).text("Fair question.")))
                    .isInstanceOf(UnconfirmedPostException.class);
            assertThat(slack.calls("chat.postMessage")).hasSize(1);
            assertThat(slack.messagesIn(CHANNEL)).hasSize(1);
        }

        @Test
        void an_ephemeral_message_whose_answer_was_lost_is_not_sent_twice() {
            slack.scriptNext("chat.postEphemeral", Answer.lostAfterAccepting());

            assertThatThrownBy(() -> client.chatPostEphemeral(r -> r.channel(CHANNEL).user("UREP0001").text("Heads up")))
                    .isInstanceOf(UnconfirmedPostException.class);
            assertThat(slack.calls("chat.postEphemeral")).hasSize(1);
            assertThat(pauses).isEmpty();
        }

        @Test
        void an_edit_whose_answer_was_lost_is_simply_made_again() throws Exception {
            slack.scriptNext("chat.update", Answer.lostAfterAccepting());
            slack.script("chat.update", Answer.ok("{\"ok\":true,\"channel\":\"" + CHANNEL + "\",\"ts\":\"1800000000.000010\"}"));

            assertThat(client.chatUpdate(r -> r.channel(CHANNEL).ts("1800000000.000010").text("v2")).isOk()).isTrue();
            assertThat(slack.calls("chat.update")).hasSize(2);
            assertThat(pauses).containsExactly(Duration.ofMillis(250));
        }

        @Test
        void posting_again_what_may_already_be_there_looks_first_and_posts_nothing_when_it_is() throws Exception {
            ChatPostMessageResponse first = client.chatPostMessage(r -> r.channel(CHANNEL).threadTs(THREAD).text("Fair question.")
                    .metadata(PostMark.metadata("practice:abc:1")));

            ChatPostMessageResponse again = client.chatPostMessage(r -> r.channel(CHANNEL).threadTs(THREAD).text("Fair question.")
                    .metadata(PostMark.resend("practice:abc:1")));
            ChatPostMessageResponse other = client.chatPostMessage(r -> r.channel(CHANNEL).threadTs(THREAD).text("Next one.")
                    .metadata(PostMark.resend("practice:abc:2")));

            assertThat(again.isOk()).isTrue();
            assertThat(again.getTs()).isEqualTo(first.getTs());
            assertThat(other.getTs()).isNotEqualTo(first.getTs());
            assertThat(slack.messagesIn(CHANNEL)).extracting(FakeSlackApi.Message::text).containsExactly("Fair question.", "Next one.");
            // the resend flag is for the bot only: Slack keeps the mark alone
            assertThat(slack.messagesIn(CHANNEL).get(1).metadata()).contains("practice:abc:2").doesNotContain(PostMark.RESEND);
        }
    }

    MethodsClient client(FakeSlackApi slack, Duration readTimeout) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setHttpClientReadTimeoutMillis((int) readTimeout.toMillis());
        OkHttpClient ok = retries.install(SlackHttpClient.buildOkHttpClient(config));
        SlackHttpClient http = new SlackHttpClient(ok);
        http.setConfig(config);
        return Slack.getInstance(config, http).methods("xoxb-test-token");
    }
}
