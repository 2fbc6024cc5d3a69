package com.bridgecoach.deals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.deals.e2e.FakeSlackApi.Answer;
import com.bridgecoach.deals.e2e.FakeSlackApi.Call;
import com.bridgecoach.deals.e2e.SignedRequests.Click;
import com.bridgecoach.store.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The deal-team surfaces end to end: the real server, signed Slack requests, a loopback Slack Web API. */
class DealChannelEndToEndTest {
    static final String REP = "U0REP01";
    /** The fake numbers the messages it is asked to post; this is the first. */
    static final String FIRST_TS = "1700000000.000001";
    static final String CHANNEL = "C0DEAL01";
    static final String SITUATION = "The CIO says his analysts are buried in the Epic upgrade until March and there is no bandwidth to build our interfaces";

    @TempDir
    Path tmp;
    FakeSlackApi slack;
    Application app;
    int port;
    String dbUrl;
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final SignedRequests requests = new SignedRequests();

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        dbUrl = "jdbc:sqlite:" + tmp.resolve("coach.db");
        app = startServer(slack, dbUrl, pauses);
        port = app.startHttp().port();
    }

    static Application startServer(FakeSlackApi slack, String dbUrl, List<Duration> pauses) {
        Settings settings = new Settings("xoxb-e2e-token", SignedRequests.SECRET, null, slack.apiUrl(), "127.0.0.1", 0,
                dbUrl, Path.of("prompts").toAbsolutePath().toString());
        return new Application(settings, Clock.systemUTC(), Ticker.systemTicker()).withPause(pauses::add);
    }

    @AfterEach
    void stop() {
        app.close();
        slack.close();
    }

    Click shareClick(String messageTs, String actionTs) {
        return new Click(REP, CHANNEL, "deal-st-marys", messageTs, "coach.share", "d|" + SITUATION, actionTs, slack.responseUrl());
    }

    static String blocksText(Call call) {
        return call.param("blocks") == null ? call.body() : FakeSlackApi.json(call.param("blocks")).toString();
    }

    int count(String sql) {
        return TestDatabases.count(dbUrl, sql);
    }

    @Nested
    class ShareToChannel {

        @Test
        void a_diagnosis_in_a_channel_offers_share_and_the_click_posts_a_clean_attributed_card_and_pins_it() throws Exception {
            HttpResponse<String> answer = requests.command(port, Map.of("text", SITUATION, "user_id", REP,
                    "channel_id", CHANNEL, "channel_name", "deal-st-marys", "response_url", slack.responseUrl()));
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode share = findButton(FakeSlackApi.json(answer.body()), "coach.share");
            assertThat(share).as("share button on the diagnosis").isNotNull();

            HttpResponse<String> ack = requests.click(port, new Click(REP, CHANNEL, "deal-st-marys", "1700000000.000001",
                    "coach.share", share.get("value").asText(), "1700000001.000001", slack.responseUrl()));
            assertThat(ack.statusCode()).isEqualTo(200);

            Call posted = slack.await("chat.postMessage");
            assertThat(posted.param("channel")).isEqualTo(CHANNEL);
            assertThat(blocksText(posted)).contains("Resource constraint").contains("<@" + REP + ">")
                    .doesNotContain("coach.share").doesNotContain("\"actions\"");
            Call pinned = slack.await("pins.add");
            assertThat(pinned.param("channel")).isEqualTo(CHANNEL);
            assertThat(pinned.param("timestamp")).isEqualTo(FIRST_TS);
            slack.awaitResponse(body -> body.contains("pinned") && body.contains("ephemeral"));
            assertThat(count("SELECT COUNT(*) FROM shared_recommendations WHERE user_id = '" + REP + "' AND message_ts IS NOT NULL")).isEqualTo(1);
        }

        @Test
        void a_redelivered_click_and_a_double_click_share_once() throws Exception {
            Click first = shareClick("1700000000.000050", "1700000001.000001");
            requests.click(port, first);
            requests.click(port, first);
            requests.click(port, shareClick("1700000000.000050", "1700000001.000002"));
            slack.await("pins.add");
            slack.awaitResponse(body -> body.contains("pinned"));
            // a different message shared afterwards goes through, so the queue has drained past the duplicates
            requests.click(port, shareClick("1700000000.000051", "1700000001.000003"));
            slack.await("pins.add", c -> c.param("timestamp").endsWith("000002"));
            assertThat(slack.calls("chat.postMessage")).hasSize(2);
            assertThat(count("SELECT COUNT(*) FROM shared_recommendations")).isEqualTo(2);
        }

        @Test
        void sharing_from_a_direct_message_explains_where_sharing_works() throws Exception {
            requests.click(port, new Click(REP, "D0DM0001", "directmessage", "1700000000.000060", "coach.share",
                    "d|" + SITUATION, "1700000001.000001", slack.responseUrl()));
            slack.awaitResponse(body -> body.contains("deal channel"));
            assertThat(slack.calls("chat.postMessage")).isEmpty();
        }

        static Stream<Arguments> refusals() {
            return Stream.of(
                    Arguments.of("chat.postMessage", Answer.error("not_in_channel"), "deal-st-marys", "/invite @Bridge Coach", false),
                    Arguments.of("chat.postMessage", Answer.error("channel_not_found"), "privategroup", "private channel", false),
                    Arguments.of("chat.postMessage", Answer.error("channel_not_found"), "deal-st-marys", "can't find this channel", false),
                    Arguments.of("chat.postMessage", Answer.error("is_archived"), "deal-st-marys", "archived", false),
                    Arguments.of("chat.postMessage", Answer.missingScope("chat:write"), "deal-st-marys", "chat:write", false),
                    Arguments.of("pins.add", Answer.missingScope("pins:write"), "deal-st-marys", "pins:write", true),
                    Arguments.of("pins.add", Answer.error("not_in_channel"), "deal-st-marys", "/invite @Bridge Coach", true),
                    Arguments.of("chat.postMessage", Answer.rateLimited(60), "deal-st-marys", "60 seconds", false));
        }

        @ParameterizedTest(name = "{0} answering {1} gets a clear answer and leaves nothing half done")
        @MethodSource("refusals")
        void slack_refusals_get_a_clear_ephemeral_answer_and_nothing_half_done(String method, Answer answer, String channelName,
                                                                               String expected, boolean postedFirst) throws Exception {
            slack.script(method, answer);
            requests.click(port, new Click(REP, CHANNEL, channelName, "1700000000.000070", "coach.share", "d|" + SITUATION,
                    "1700000001.000001", slack.responseUrl()));
            Call told = slack.awaitResponse(body -> body.contains("ephemeral"));
            assertThat(FakeSlackApi.json(told.body()).get("text").asText()).contains(expected);
            assertThat(FakeSlackApi.json(told.body()).get("replace_original").asBoolean()).isFalse();
            if (postedFirst) {
                Call deleted = slack.await("chat.delete");
                assertThat(deleted.param("ts")).isEqualTo(FIRST_TS);
            } else {
                assertThat(slack.calls("pins.add")).isEmpty();
            }
            assertThat(count("SELECT COUNT(*) FROM shared_recommendations")).isZero();

            // the refusal released the click: once the rep fixes it, the same button shares
            requests.click(port, new Click(REP, CHANNEL, channelName, "1700000000.000070", "coach.share", "d|" + SITUATION,
                    "1700000001.000002", slack.responseUrl()));
            slack.await("pins.add", c -> !postedFirst || slack.calls("pins.add").size() == 2);
            slack.awaitResponse(body -> body.contains("Posted to the channel and pinned"));
        }

        @Test
        void already_pinned_counts_as_shared_and_says_so() throws Exception {
            slack.script("pins.add", Answer.error("already_pinned"));
            requests.click(port, shareClick("1700000000.000080", "1700000001.000001"));
            slack.awaitResponse(body -> body.contains("already pinned"));
            assertThat(slack.calls("chat.delete")).isEmpty();
            assertThat(count("SELECT COUNT(*) FROM shared_recommendations WHERE message_ts IS NOT NULL")).isEqualTo(1);
        }

        @Test
        void a_short_rate_limit_is_retried_after_retry_after() throws Exception {
            slack.script("chat.postMessage", Answer.rateLimited(2));
            requests.click(port, shareClick("1700000000.000090", "1700000001.000001"));
            slack.await("pins.add");
            slack.awaitResponse(body -> body.contains("Posted to the channel and pinned"));
            assertThat(slack.calls("chat.postMessage")).hasSize(2);
            assertThat(pauses).containsExactly(Duration.ofSeconds(2));
        }
    }

    @Nested
    class DealPlan {

        @Test
        void the_plan_is_posted_and_pinned_once_then_edited_in_place() throws Exception {
            requests.command(port, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-st-marys",
                    "response_url", slack.responseUrl()));
            Call posted = slack.await("chat.postMessage");
            assertThat(blocksText(posted)).contains("Deal plan").contains("coach.plan.");
            Call pinned = slack.await("pins.add");
            String ts = pinned.param("timestamp");
            slack.awaitResponse(body -> body.contains("pinned in this channel"));

            requests.click(port, new Click(REP, CHANNEL, "deal-st-marys", ts, "coach.plan.1", "clinical:champion",
                    "1700000002.000001", slack.responseUrl()));
            Call updated = slack.await("chat.update");
            assertThat(updated.param("ts")).isEqualTo(ts);
            assertThat(updated.param("channel")).isEqualTo(CHANNEL);
            assertThat(blocksText(updated)).contains("Single-threaded on the clinical side");

            requests.command(port, Map.of("text", SITUATION, "user_id", "U0REP02", "channel_id", CHANNEL,
                    "channel_name", "deal-st-marys", "response_url", slack.responseUrl()));
            slack.await("chat.update", c -> blocksText(c).contains("Resource constraint"));

            requests.command(port, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-st-marys",
                    "response_url", slack.responseUrl()));
            slack.await("chat.update", c -> slack.calls("chat.update").size() >= 3);
            slack.awaitResponse(body -> body.contains("pinned in this channel") && slack.calls("respond").size() >= 2);
            assertThat(slack.calls("chat.postMessage")).hasSize(1);
            assertThat(slack.calls("pins.add")).hasSize(1);
            assertThat(count("SELECT COUNT(*) FROM deal_plan_changes WHERE channel_id = '" + CHANNEL + "' AND changed_by = '" + REP + "'")).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM deal_plan_changes WHERE field = 'pattern' AND changed_by = 'U0REP02'")).isEqualTo(1);
        }

        @Test
        void a_plan_in_a_channel_the_bot_is_not_in_says_how_to_invite_it_and_can_be_pinned_after() throws Exception {
            slack.script("chat.postMessage", Answer.error("not_in_channel"));
            requests.command(port, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-st-marys",
                    "response_url", slack.responseUrl()));
            slack.awaitResponse(body -> body.contains("/invite @Bridge Coach"));
            requests.command(port, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-st-marys",
                    "response_url", slack.responseUrl()));
            slack.await("pins.add");
            assertThat(slack.calls("chat.postMessage")).hasSize(2);
        }
    }

    @Test
    void opening_the_home_tab_publishes_the_reps_diagnoses_and_shares() throws Exception {
        requests.command(port, Map.of("text", SITUATION, "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-st-marys",
                "response_url", slack.responseUrl()));
        requests.click(port, shareClick("1700000000.000100", "1700000001.000001"));
        slack.await("pins.add");
        slack.awaitResponse(body -> body.contains("Posted to the channel"));

        HttpResponse<String> ack = requests.homeOpened(port, REP);
        assertThat(ack.statusCode()).isEqualTo(200);
        Call published = slack.await("views.publish");
        assertThat(published.param("user_id")).isEqualTo(REP);
        JsonNode view = FakeSlackApi.json(published.param("view"));
        assertThat(view.get("type").asText()).isEqualTo("home");
        String text = view.toString();
        assertThat(text).contains("Your recent diagnoses").contains("Resource constraint (")
                .contains("What you've shared with deal teams").contains("coach.start.");
    }

    @Test
    void forget_me_deletes_the_reps_records_and_anonymises_their_plan_changes() throws Exception {
        // a channel of its own: the plan tests leave the shared channel's plan already changed
        String channel = "C0DEAL09";
        requests.command(port, Map.of("text", SITUATION, "user_id", REP, "channel_id", channel, "channel_name", "deal-st-marys",
                "response_url", slack.responseUrl()));
        requests.click(port, shareClick("1700000000.000110", "1700000001.000001"));
        slack.awaitResponse(body -> body.contains("Posted to the channel"));
        requests.command(port, Map.of("text", "plan", "user_id", REP, "channel_id", channel, "channel_name", "deal-st-marys",
                "response_url", slack.responseUrl()));
        slack.awaitResponse(body -> body.contains("deal plan is pinned"));
        // the plan's own pin: the share pinned first
        String ts = slack.await("pins.add", c -> slack.calls("pins.add").size() == 2 && c == slack.calls("pins.add").get(1)).param("timestamp");
        requests.click(port, new Click(REP, channel, "deal-st-marys", ts, "coach.plan.4", "it:feasibility_checked",
                "1700000002.000001", slack.responseUrl()));
        slack.await("chat.update");
        assertThat(count("SELECT COUNT(*) FROM diagnoses WHERE user_id = '" + REP + "'")).isPositive();

        requests.command(port, Map.of("text", "forget me", "user_id", REP, "channel_id", channel, "channel_name", "deal-st-marys",
                "response_url", slack.responseUrl()));
        slack.awaitResponse(body -> body.contains("I deleted"));
        assertThat(count("SELECT COUNT(*) FROM diagnoses WHERE user_id = '" + REP + "'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM shared_recommendations WHERE user_id = '" + REP + "'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM deal_plan_changes WHERE changed_by = '" + REP + "'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM deal_plan_changes WHERE channel_id = '" + channel + "'")).isEqualTo(1);
    }

    static JsonNode findButton(JsonNode node, String actionId) {
        if (node.isObject() && actionId.equals(node.path("action_id").asText())) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = findButton(child, actionId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
