package com.bridgecoach.deals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.deals.e2e.FakeSlackApi.Call;
import com.bridgecoach.deals.e2e.SignedRequests.Click;
import com.bridgecoach.store.TestDatabases;
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
    final SignedRequests requests = new SignedRequests();

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        dbUrl = TestDatabases.freshPostgresUrl();
        a = DealChannelEndToEndTest.startServer(slack, dbUrl, pauses);
        b = DealChannelEndToEndTest.startServer(slack, dbUrl, pauses);
        portA = a.startHttp().port();
        portB = b.startHttp().port();
        assertThat(portA).isNotEqualTo(portB);
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
                "p|it_veto", "1700000003.000001", slack.responseUrl());
        requests.click(portA, click);
        slack.await("pins.add");
        slack.awaitResponse(body -> body.contains("Posted to the channel and pinned"));

        requests.click(portB, click);
        requests.click(portB, new Click(REP, CHANNEL, "deal-mercy", "1700000000.000200", "coach.share",
                "p|it_veto", "1700000003.000002", slack.responseUrl()));
        // a share of another message through B proves B has worked through the duplicates before we count
        requests.click(portB, new Click(REP, CHANNEL, "deal-mercy", "1700000000.000201", "coach.share",
                "p|priority_conflict", "1700000003.000003", slack.responseUrl()));
        slack.await("pins.add", c -> slack.calls("pins.add").size() == 2);

        assertThat(slack.calls("chat.postMessage")).hasSize(2);
        assertThat(TestDatabases.count(dbUrl, "SELECT COUNT(*) FROM shared_recommendations WHERE user_id = '" + REP + "'")).isEqualTo(2);

        requests.homeOpened(portB, REP);
        Call home = slack.await("views.publish");
        assertThat(FakeSlackApi.json(home.param("view")).toString()).contains("IT veto").contains("Priority conflict");
    }

    @Test
    void a_plan_pinned_through_one_replica_is_changed_through_the_other_in_place() throws Exception {
        requests.command(portA, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-mercy",
                "response_url", slack.responseUrl()));
        String ts = slack.await("pins.add").param("timestamp");
        slack.awaitResponse(body -> body.contains("pinned in this channel"));

        requests.click(portB, new Click("U0REP02", CHANNEL, "deal-mercy", ts, "coach.plan.3", "it:champion",
                "1700000004.000001", slack.responseUrl()));
        Call updated = slack.await("chat.update");
        assertThat(updated.param("ts")).isEqualTo(ts);
        assertThat(DealChannelEndToEndTest.blocksText(updated)).contains("Single-threaded on the technical side");

        requests.command(portB, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-mercy",
                "response_url", slack.responseUrl()));
        slack.await("chat.update", c -> slack.calls("chat.update").size() == 2);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("pins.add")).hasSize(1);
        assertThat(TestDatabases.count(dbUrl, "SELECT COUNT(*) FROM deal_plan_changes WHERE changed_by = 'U0REP02'")).isEqualTo(1);
    }
}
