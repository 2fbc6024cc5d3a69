package com.bridgecoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.store.Database;
import com.bridgecoach.store.JdbcDiagnosisJournal;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.SignedRequests;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store out of reach under a running server (its pool closed, as when the database is stopped):
 * readiness says so, coaching that needs no store still answers, what needs the store says so plainly,
 * and nothing is half written.
 */
class StoreUnavailableTest {
    static final String SECRET = "store-down-secret";
    static final String STORE_DOWN = "reach my records right now";

    @Test
    void with_the_store_gone_ready_is_503_health_is_200_and_reps_are_told_plainly(@TempDir Path dir) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("down.db");
        try (FakeSlackApi slack = FakeSlackApi.start();
             Application app = new Application(new Settings("xoxb-down-token", SECRET, null, slack.apiUrl(), "127.0.0.1", 0, url, "prompts"),
                     Clock.systemUTC(), Ticker.systemTicker())) {
            slack.script("chat.postMessage", FakeSlackApi.Answer.ok("{\"ok\":true,\"channel\":\"D0DOWN\",\"ts\":\"1800000000.000400\"}"));
            URI server = URI.create("http://127.0.0.1:" + app.startHttp().port());
            SignedRequests signed = new SignedRequests(server, SECRET, Clock.systemUTC());
            assertThat(signed.get("/ready").statusCode()).isEqualTo(200);

            app.database().close();

            assertThat(signed.get("/ready").statusCode()).isEqualTo(503);
            assertThat(signed.get("/health").statusCode()).isEqualTo(200);

            // diagnosis needs no store: the rep is coached, the journal entry is skipped
            HttpResponse<String> diagnose = signed.post(SignedRequests.FORM, SignedRequests.form(signed.slashCommand("UDOWN001",
                    "IT says they have no bandwidth for another interface this year", slack.responseUrl("d"))));
            assertThat(diagnose.statusCode()).isEqualTo(200);
            assertThat(diagnose.body()).contains("Resource constraint").doesNotContain(STORE_DOWN);

            // what lives in the store says plainly that it can't be done now
            HttpResponse<String> practice = signed.post(SignedRequests.FORM, SignedRequests.form(signed.slashCommand("UDOWN001",
                    "practice cio it_veto", slack.responseUrl("p"))));
            assertThat(practice.statusCode()).isEqualTo(200);
            assertThat(practice.body()).contains(STORE_DOWN).contains("ephemeral");

            HttpResponse<String> forget = signed.post(SignedRequests.FORM, SignedRequests.form(signed.slashCommand("UDOWN001",
                    "forget me", slack.responseUrl("forget"))));
            assertThat(forget.statusCode()).isEqualTo(200);
            FakeSlackApi.Call forgetAnswer = slack.await(c -> c.path().endsWith("/forget"), Duration.ofSeconds(20)).orElseThrow();
            assertThat(forgetAnswer.body()).contains(STORE_DOWN);

            String dm = "{\"type\":\"event_callback\",\"team_id\":\"T0BRIDGE\",\"api_app_id\":\"A0BRIDGE\",\"event_id\":\"Ev0DOWN1\","
                    + "\"event_time\":1800000000,\"event\":{\"type\":\"message\",\"channel\":\"D0DOWN\",\"channel_type\":\"im\","
                    + "\"user\":\"UDOWN002\",\"text\":\"the CIO blocked our interface\",\"ts\":\"1800000000.000100\"}}";
            assertThat(signed.post(SignedRequests.JSON, dm).statusCode()).isEqualTo(200);
            assertThat(slack.await(c -> "chat.postMessage".equals(c.method()), Duration.ofSeconds(20))).isPresent();
        }
        // nothing about the rep was written while the store was away
        try (Database reopened = Database.open(url)) {
            assertThat(new JdbcDiagnosisJournal(reopened).countFor("UDOWN001")).isZero();
        }
    }
}
