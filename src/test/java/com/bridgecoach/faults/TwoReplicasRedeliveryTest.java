package com.bridgecoach.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.store.TestDatabases;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.SignedRequests;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two replicas on one store receive the same deliveries, as Slack's retries (X-Slack-Retry-Num) and a load
 * balancer produce them: each event, command and click has its side effects once. SQLite always; PostgreSQL
 * too when TEST_POSTGRES_URL is set.
 */
class TwoReplicasRedeliveryTest {
    static final String SECRET = "replica-signing-secret";
    static final Duration WAIT = Duration.ofSeconds(20);
    final SlackEvents events = new SlackEvents(SECRET);

    @TempDir
    Path dir;
    FakeSlackApi slack;
    final List<Application> replicas = new ArrayList<>();

    @AfterEach
    void stop() {
        replicas.forEach(Application::close);
        if (slack != null) {
            slack.close();
        }
    }

    static List<String> stores() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void the_same_delivery_at_two_replicas_and_again_as_a_retry_is_acted_on_once(String kind) throws Exception {
        slack = FakeSlackApi.start();
        slack.script("chat.postMessage", FakeSlackApi.Answer.ok("{\"ok\":true,\"channel\":\"D0REP\",\"ts\":\"1800000000.000200\"}"));
        String url = TestDatabases.freshUrl(kind, dir);
        URI a = start(url);
        URI b = start(url);

        // one direct message, delivered to both replicas at once, then retried to each
        String event = SlackEvents.directMessage("Ev0DUPLICATE1", "D0REP", "UREP0001", "the CIO says there is no bandwidth for another interface this year");
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (URI replica : List.of(a, b)) {
            sent.add(events.post(replica, SignedRequests.JSON, event, null));
        }
        for (CompletableFuture<HttpResponse<String>> r : sent) {
            assertThat(r.get().statusCode()).isEqualTo(200);
        }
        assertThat(events.post(a, SignedRequests.JSON, event, "1").get().statusCode()).isEqualTo(200);
        assertThat(events.post(b, SignedRequests.JSON, event, "2").get().statusCode()).isEqualTo(200);

        // one slash command (one trigger id) reaching both replicas
        SignedRequests signer = new SignedRequests(a, SECRET, Clock.systemUTC());
        String command = SignedRequests.form(signer.slashCommand("UREP0002", "our CMO loves it but IT has a forty-item security review",
                slack.responseUrl("cmd")));
        HttpResponse<String> first = events.post(a, SignedRequests.FORM, command, null).get();
        HttpResponse<String> second = events.post(b, SignedRequests.FORM, command, "1").get();
        List<String> bodies = List.of(first.body(), second.body());
        assertThat(bodies).filteredOn(body -> body.contains("\"blocks\"")).hasSize(1);

        assertThat(slack.await(c -> "chat.postMessage".equals(c.method()), WAIT)).isPresent();
        // closing waits for the work queued after each acknowledgement, so nothing is still on its way
        replicas.forEach(Application::close);
        replicas.clear();
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("chat.postMessage").get(0).form()).containsEntry("channel", "D0REP");
    }

    private URI start(String databaseUrl) {
        Settings settings = new Settings("xoxb-replica-token", SECRET, null, slack.apiUrl(), "127.0.0.1", 0, databaseUrl, "prompts");
        Application app = new Application(settings, Clock.systemUTC(), Ticker.systemTicker());
        replicas.add(app);
        return URI.create("http://127.0.0.1:" + app.startHttp().port());
    }
}
