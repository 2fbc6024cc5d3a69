package com.bridgecoach.deals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import static com.bridgecoach.deals.e2e.DealChannelEndToEndTest.await;
import static com.bridgecoach.deals.e2e.DealChannelEndToEndTest.awaitResponse;
import static com.bridgecoach.deals.e2e.DealChannelEndToEndTest.click;
import static com.bridgecoach.deals.e2e.DealChannelEndToEndTest.command;
import static com.bridgecoach.deals.e2e.DealChannelEndToEndTest.homeOpened;
import static com.bridgecoach.deals.e2e.DealChannelEndToEndTest.json;
import static com.bridgecoach.deals.e2e.DealChannelEndToEndTest.responseUrl;

import com.bridgecoach.deals.e2e.DealChannelEndToEndTest.Click;
import com.bridgecoach.store.TestDatabases;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.FakeSlackApi.Call;
import com.bridgecoach.testing.SignedRequests;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Two server instances behind one PostgreSQL behave as one: what goes in through A is seen through B. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_ENV, matches = ".+")
class TwoReplicasOnPostgresTest {
    static final String REP = "U0REP01";
    static final String CHANNEL = "C0DEAL02";

    FakeSlackApi slack;
    Application a;
    Application b;
    int portA;
    int portB;
    String dbUrl;
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    SignedRequests requestsA;
    SignedRequests requestsB;

    @BeforeEach
    void start() throws Exception {
        slack = DealChannelEndToEndTest.startSlack();
        dbUrl = TestDatabases.freshPostgresUrl();
        a = DealChannelEndToEndTest.startServer(slack, dbUrl, pauses);
        b = DealChannelEndToEndTest.startServer(slack, dbUrl, pauses);
        portA = a.startHttp().port();
        portB = b.startHttp().port();
        assertThat(portA).isNotEqualTo(portB);
        requestsA = DealChannelEndToEndTest.signed(portA);
        requestsB = DealChannelEndToEndTest.signed(portB);
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        slack.close();
    }

    @Test
    void a_click_shared_through_one_replica_and_redelivered_to_the_other_shares_once() throws Exception {
        Click click = new Click(REP, CHANNEL, "deal-mercy", "1700000000.000200", "coach.share",
                "p|it_veto", "1700000003.000001", responseUrl(slack));
        click(requestsA, click);
        await(slack, "pins.add");
        awaitResponse(slack, body -> body.contains("Posted to the channel and pinned"));

        click(requestsB, click);
        click(requestsB, new Click(REP, CHANNEL, "deal-mercy", "1700000000.000200", "coach.share",
                "p|it_veto", "1700000003.000002", responseUrl(slack)));
        // a share of another message through B proves B has worked through the duplicates before we count
        click(requestsB, new Click(REP, CHANNEL, "deal-mercy", "1700000000.000201", "coach.share",
                "p|priority_conflict", "1700000003.000003", responseUrl(slack)));
        await(slack, "pins.add", c -> slack.calls("pins.add").size() == 2);
        // the share is recorded as done (with its message) before the rep is told; wait for both to be told
        slack.await(c -> c.isResponseUrl() && DealChannelEndToEndTest.responses(slack).stream()
                .filter(r -> r.body().contains("Posted to the channel and pinned")).count() == 2, java.time.Duration.ofSeconds(20)).orElseThrow();

        assertThat(slack.calls("chat.postMessage")).hasSize(2);
        assertThat(TestDatabases.count(dbUrl, "SELECT COUNT(*) FROM shared_recommendations WHERE user_id = '" + REP + "'")).isEqualTo(2);

        homeOpened(requestsB, REP);
        Call home = await(slack, "views.publish");
        assertThat(json(home.form().get("view")).toString()).contains("IT veto").contains("Priority conflict");
    }

    @Test
    void a_plan_pinned_through_one_replica_is_changed_through_the_other_in_place() throws Exception {
        command(requestsA, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-mercy",
                "response_url", responseUrl(slack)));
        String ts = await(slack, "pins.add").form().get("timestamp");
        awaitResponse(slack, body -> body.contains("pinned in this channel"));

        click(requestsB, new Click("U0REP02", CHANNEL, "deal-mercy", ts, "coach.plan.3", "it:champion",
                "1700000004.000001", responseUrl(slack)));
        Call updated = await(slack, "chat.update");
        assertThat(updated.form().get("ts")).isEqualTo(ts);
        assertThat(DealChannelEndToEndTest.blocksText(updated)).contains("Single-threaded on the technical side");

        command(requestsB, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-mercy",
                "response_url", responseUrl(slack)));
        await(slack, "chat.update", c -> slack.calls("chat.update").size() == 2);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("pins.add")).hasSize(1);
        assertThat(TestDatabases.count(dbUrl, "SELECT COUNT(*) FROM deal_plan_changes WHERE changed_by = 'U0REP02'")).isEqualTo(1);
    }
}
