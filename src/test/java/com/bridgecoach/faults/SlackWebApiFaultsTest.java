package com.bridgecoach.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.FakeSlackApi.Answer;
import com.bridgecoach.testing.SignedRequests;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slack Web API failing under a running server: 429 waits for Retry-After, 5xx backs off and tries again,
 * and after the last attempt the rep is told privately. Waits are recorded, never slept.
 */
class SlackWebApiFaultsTest {
    static final String SECRET = "faults-signing-secret";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String ANSWERED = "{\"ok\":true,\"channel\":\"D0FAULT\",\"ts\":\"1800000000.000300\"}";

    @TempDir
    Path dir;
    FakeSlackApi slack;
    Application app;
    URI server;
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final SlackEvents events = new SlackEvents(SECRET);

    @BeforeEach
    void start() {
        slack = FakeSlackApi.start();
        slack.script("chat.postMessage", Answer.ok(ANSWERED));
        Settings settings = new Settings("xoxb-faults-token", SECRET, null, slack.apiUrl(), "127.0.0.1", 0,
                "jdbc:sqlite:" + dir.resolve("faults.db"), "prompts");
        app = new Application(settings, Clock.systemUTC(), Ticker.systemTicker()).withPause(pauses::add);
        server = URI.create("http://127.0.0.1:" + app.startHttp().port());
    }

    @AfterEach
    void stop() {
        app.close();
        slack.close();
    }

    @Test
    void server_errors_are_retried_with_growing_backoff_and_the_answer_arrives() throws Exception {
        slack.scriptNext("chat.postMessage", new Answer(503, Map.of(), "{\"ok\":false}"), new Answer(502, Map.of(), "upstream"));

        dm("Ev0FAULT1");
        app.close();

        assertThat(slack.calls("chat.postMessage")).hasSize(3);
        assertThat(slack.calls("chat.postMessage").get(2).form().get("blocks")).isNotBlank();
        assertThat(pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(slack.calls("chat.postEphemeral")).isEmpty();
    }

    @Test
    void a_rate_limit_waits_as_long_as_retry_after_says() throws Exception {
        slack.scriptNext("chat.postMessage", Answer.rateLimited(7));

        dm("Ev0FAULT2");
        app.close();

        assertThat(pauses).containsExactly(Duration.ofSeconds(7));
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void when_slack_keeps_failing_the_calls_stop_at_the_cap_and_the_rep_is_told_privately() throws Exception {
        slack.script("chat.postMessage", new Answer(500, Map.of(), "{\"ok\":false,\"error\":\"internal_error\"}"));

        dm("Ev0FAULT3");
        app.close();

        assertThat(slack.calls("chat.postMessage")).hasSize(4);
        assertThat(pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1));
        List<FakeSlackApi.Call> told = slack.calls("chat.postEphemeral");
        assertThat(told).hasSize(1);
        assertThat(told.get(0).form()).containsEntry("user", "UREP0009").containsEntry("channel", "D0FAULT");
        assertThat(told.get(0).form().get("text")).contains("Slack wouldn't take my answer");
    }

    private void dm(String eventId) throws Exception {
        String event = SlackEvents.directMessage(eventId, "D0FAULT", "UREP0009",
                "the CIO says there's no bandwidth for another interface before the Epic upgrade");
        assertThat(events.post(server, SignedRequests.JSON, event, null).get().statusCode()).isEqualTo(200);
        assertThat(slack.await(c -> "chat.postMessage".equals(c.method()), WAIT)).isPresent();
    }
}
