package com.bridgecoach.deals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.store.TestDatabases;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.FakeSlackApi.Answer;
import com.bridgecoach.testing.FakeSlackApi.Call;
import com.bridgecoach.testing.SignedRequests;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
    static final String SECRET = "e2e-signing-secret";
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
    SignedRequests requests;

    @BeforeEach
    void start() throws Exception {
        slack = startSlack();
        dbUrl = "jdbc:sqlite:" + tmp.resolve("coach.db");
        app = startServer(slack, dbUrl, pauses);
        port = app.startHttp().port();
        requests = signed(port);
    }

    static Application startServer(FakeSlackApi slack, String dbUrl, List<Duration> pauses) {
        Settings settings = new Settings("xoxb-e2e-token", SECRET, null, slack.apiUrl(), "127.0.0.1", 0,
                dbUrl, Path.of("prompts").toAbsolutePath().toString());
        return new Application(settings, Clock.systemUTC(), Ticker.systemTicker()).withPause(pauses::add);
    }

    @AfterEach
    void stop() {
        app.close();
        slack.close();
    }

    Click shareClick(String messageTs, String actionTs) {
        return new Click(REP, CHANNEL, "deal-st-marys", messageTs, "coach.share", "d|" + SITUATION, actionTs, responseUrl(slack));
    }

    static String blocksText(Call call) {
        return call.form().get("blocks") == null ? call.body() : json(call.form().get("blocks")).toString();
    }

    // ---- The loopback Slack (the shared kit) answering like the OpenAPI examples, and requests shaped like Slack's ----

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** One button click as Slack describes it. */
    record Click(String user, String channel, String channelName, String messageTs, String actionId, String value,
                 String actionTs, String responseUrl) {
    }

    /** The shared fake Slack, answering every method with its OpenAPI success example (ts and channel of the call). */
    static FakeSlackApi startSlack() {
        FakeSlackApi slack = FakeSlackApi.start();
        AtomicInteger messages = new AtomicInteger();
        slack.scriptOtherwise(call -> Answer.ok(success(call, messages)));
        return slack;
    }

    private static String success(Call call, AtomicInteger messages) {
        String method = call.method();
        Map<String, String> params = call.form();
        ObjectNode body;
        try (InputStream in = DealChannelEndToEndTest.class.getResourceAsStream("/slack/api-examples/" + method + ".examples.json")) {
            body = in == null ? JSON.createObjectNode().put("ok", true) : (ObjectNode) JSON.readTree(in).get("success_example").deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (method.equals("chat.postMessage")) {
            String ts = "1700000000." + String.format("%06d", messages.incrementAndGet());
            body.put("ts", ts).put("channel", params.getOrDefault("channel", ""));
            ((ObjectNode) body.get("message")).put("ts", ts);
        }
        if (method.equals("chat.update")) {
            body.put("ts", params.getOrDefault("ts", "")).put("channel", params.getOrDefault("channel", ""));
        }
        return body.toString();
    }

    static Answer missingScope(String needed) {
        return new Answer(200, Map.of(), "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"" + needed + "\",\"provided\":\"commands,chat:write\"}");
    }

    static SignedRequests signed(int port) {
        return new SignedRequests(URI.create("http://127.0.0.1:" + port), SECRET, Clock.systemUTC());
    }

    /** A fresh response_url for one interaction. */
    static String responseUrl(FakeSlackApi slack) {
        return slack.responseUrl(Long.toHexString(System.nanoTime()));
    }

    /** Waits until some call to {@code method} satisfies the condition; fails the test if none does. */
    static Call await(FakeSlackApi slack, String method, java.util.function.Predicate<Call> condition) throws InterruptedException {
        return slack.await(c -> method.equals(c.method()) && condition.test(c), WAIT)
                .orElseThrow(() -> new AssertionError("no " + method + " call matched within " + WAIT + "; calls were " + slack.calls()));
    }

    static Call await(FakeSlackApi slack, String method) throws InterruptedException {
        return await(slack, method, c -> true);
    }

    /** Waits for an answer posted to a response_url whose body satisfies the condition. */
    static Call awaitResponse(FakeSlackApi slack, java.util.function.Predicate<String> text) throws InterruptedException {
        return slack.await(c -> c.isResponseUrl() && text.test(c.body()), WAIT)
                .orElseThrow(() -> new AssertionError("no response_url answer matched within " + WAIT + "; calls were " + slack.calls()));
    }

    static List<Call> responses(FakeSlackApi slack) {
        return slack.calls().stream().filter(Call::isResponseUrl).toList();
    }

    static HttpResponse<String> command(SignedRequests requests, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("token", "legacy");
        all.put("team_id", "T1");
        all.put("team_domain", "hospital-sales");
        all.put("command", "/coach");
        all.put("trigger_id", requests.newTriggerId());
        all.putAll(fields);
        return requests.post(SignedRequests.FORM, SignedRequests.form(all));
    }

    static HttpResponse<String> click(SignedRequests requests, Click c) {
        return requests.post(SignedRequests.FORM, requests.blockActionForm(c.user(), c.channel(), c.channelName(), c.messageTs(),
                c.actionId(), c.value(), c.actionTs(), c.responseUrl()));
    }

    static HttpResponse<String> homeOpened(SignedRequests requests, String user) {
        return requests.post(SignedRequests.JSON, requests.appHomeOpened(user));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    int count(String sql) {
        return TestDatabases.count(dbUrl, sql);
    }

    @Nested
    class ShareToChannel {

        @Test
        void a_diagnosis_in_a_channel_offers_share_and_the_click_posts_a_clean_attributed_card_and_pins_it() throws Exception {
            HttpResponse<String> answer = command(requests, Map.of("text", SITUATION, "user_id", REP,
                    "channel_id", CHANNEL, "channel_name", "deal-st-marys", "response_url", responseUrl(slack)));
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode share = findButton(json(answer.body()), "coach.share");
            assertThat(share).as("share button on the diagnosis").isNotNull();

            HttpResponse<String> ack = click(requests, new Click(REP, CHANNEL, "deal-st-marys", "1700000000.000001",
                    "coach.share", share.get("value").asText(), "1700000001.000001", responseUrl(slack)));
            assertThat(ack.statusCode()).isEqualTo(200);

            Call posted = await(slack, "chat.postMessage");
            assertThat(posted.form().get("channel")).isEqualTo(CHANNEL);
            assertThat(blocksText(posted)).contains("Resource constraint").contains("<@" + REP + ">")
                    .doesNotContain("coach.share").doesNotContain("\"actions\"");
            Call pinned = await(slack, "pins.add");
            assertThat(pinned.form().get("channel")).isEqualTo(CHANNEL);
            assertThat(pinned.form().get("timestamp")).isEqualTo(FIRST_TS);
            awaitResponse(slack, body -> body.contains("pinned") && body.contains("ephemeral"));
            assertThat(count("SELECT COUNT(*) FROM shared_recommendations WHERE user_id = '" + REP + "' AND message_ts IS NOT NULL")).isEqualTo(1);
        }

        @Test
        void a_redelivered_click_and_a_double_click_share_once() throws Exception {
            Click first = shareClick("1700000000.000050", "1700000001.000001");
            click(requests, first);
            click(requests, first);
            click(requests, shareClick("1700000000.000050", "1700000001.000002"));
            await(slack, "pins.add");
            awaitResponse(slack, body -> body.contains("pinned"));
            // a different message shared afterwards goes through, so the queue has drained past the duplicates
            click(requests, shareClick("1700000000.000051", "1700000001.000003"));
            await(slack, "pins.add", c -> c.form().get("timestamp").endsWith("000002"));
            assertThat(slack.calls("chat.postMessage")).hasSize(2);
            assertThat(count("SELECT COUNT(*) FROM shared_recommendations")).isEqualTo(2);
        }

        @Test
        void sharing_from_a_direct_message_explains_where_sharing_works() throws Exception {
            click(requests, new Click(REP, "D0DM0001", "directmessage", "1700000000.000060", "coach.share",
                    "d|" + SITUATION, "1700000001.000001", responseUrl(slack)));
            awaitResponse(slack, body -> body.contains("deal channel"));
            assertThat(slack.calls("chat.postMessage")).isEmpty();
        }

        static Stream<Arguments> refusals() {
            return Stream.of(
                    Arguments.of("chat.postMessage", Answer.error("not_in_channel"), "deal-st-marys", "/invite @Bridge Coach", false),
                    Arguments.of("chat.postMessage", Answer.error("channel_not_found"), "privategroup", "private channel", false),
                    Arguments.of("chat.postMessage", Answer.error("channel_not_found"), "deal-st-marys", "can't find this channel", false),
                    Arguments.of("chat.postMessage", Answer.error("is_archived"), "deal-st-marys", "archived", false),
                    Arguments.of("chat.postMessage", missingScope("chat:write"), "deal-st-marys", "chat:write", false),
                    Arguments.of("pins.add", missingScope("pins:write"), "deal-st-marys", "pins:write", true),
                    Arguments.of("pins.add", Answer.error("not_in_channel"), "deal-st-marys", "/invite @Bridge Coach", true),
                    Arguments.of("chat.postMessage", Answer.rateLimited(60), "deal-st-marys", "60 seconds", false));
        }

        @ParameterizedTest(name = "{0} answering {1} gets a clear answer and leaves nothing half done")
        @MethodSource("refusals")
        void slack_refusals_get_a_clear_ephemeral_answer_and_nothing_half_done(String method, Answer answer, String channelName,
                                                                               String expected, boolean postedFirst) throws Exception {
            slack.scriptOnce(method, answer);
            click(requests, new Click(REP, CHANNEL, channelName, "1700000000.000070", "coach.share", "d|" + SITUATION,
                    "1700000001.000001", responseUrl(slack)));
            Call told = awaitResponse(slack, body -> body.contains("ephemeral"));
            assertThat(json(told.body()).get("text").asText()).contains(expected);
            assertThat(json(told.body()).get("replace_original").asBoolean()).isFalse();
            if (postedFirst) {
                Call deleted = await(slack, "chat.delete");
                assertThat(deleted.form().get("ts")).isEqualTo(FIRST_TS);
            } else {
                assertThat(slack.calls("pins.add")).isEmpty();
            }
            assertThat(count("SELECT COUNT(*) FROM shared_recommendations")).isZero();

            // the refusal released the click: once the rep fixes it, the same button shares
            click(requests, new Click(REP, CHANNEL, channelName, "1700000000.000070", "coach.share", "d|" + SITUATION,
                    "1700000001.000002", responseUrl(slack)));
            await(slack, "pins.add", c -> !postedFirst || slack.calls("pins.add").size() == 2);
            awaitResponse(slack, body -> body.contains("Posted to the channel and pinned"));
        }

        @Test
        void already_pinned_counts_as_shared_and_says_so() throws Exception {
            slack.scriptOnce("pins.add", Answer.error("already_pinned"));
            click(requests, shareClick("1700000000.000080", "1700000001.000001"));
            awaitResponse(slack, body -> body.contains("already pinned"));
            assertThat(slack.calls("chat.delete")).isEmpty();
            assertThat(count("SELECT COUNT(*) FROM shared_recommendations WHERE message_ts IS NOT NULL")).isEqualTo(1);
        }

        @Test
        void a_short_rate_limit_is_retried_after_retry_after() throws Exception {
            slack.scriptOnce("chat.postMessage", Answer.rateLimited(2));
            click(requests, shareClick("1700000000.000090", "1700000001.000001"));
            await(slack, "pins.add");
            awaitResponse(slack, body -> body.contains("Posted to the channel and pinned"));
            assertThat(slack.calls("chat.postMessage")).hasSize(2);
            assertThat(pauses).containsExactly(Duration.ofSeconds(2));
        }
    }

    @Nested
    class DealPlan {

        @Test
        void the_plan_is_posted_and_pinned_once_then_edited_in_place() throws Exception {
            command(requests, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-st-marys",
                    "response_url", responseUrl(slack)));
            Call posted = await(slack, "chat.postMessage");
            assertThat(blocksText(posted)).contains("Deal plan").contains("coach.plan.");
            Call pinned = await(slack, "pins.add");
            String ts = pinned.form().get("timestamp");
            awaitResponse(slack, body -> body.contains("pinned in this channel"));

            click(requests, new Click(REP, CHANNEL, "deal-st-marys", ts, "coach.plan.1", "clinical:champion",
                    "1700000002.000001", responseUrl(slack)));
            Call updated = await(slack, "chat.update");
            assertThat(updated.form().get("ts")).isEqualTo(ts);
            assertThat(updated.form().get("channel")).isEqualTo(CHANNEL);
            assertThat(blocksText(updated)).contains("Single-threaded on the clinical side");

            command(requests, Map.of("text", SITUATION, "user_id", "U0REP02", "channel_id", CHANNEL,
                    "channel_name", "deal-st-marys", "response_url", responseUrl(slack)));
            await(slack, "chat.update", c -> blocksText(c).contains("Resource constraint"));

            command(requests, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-st-marys",
                    "response_url", responseUrl(slack)));
            await(slack, "chat.update", c -> slack.calls("chat.update").size() >= 3);
            awaitResponse(slack, body -> body.contains("pinned in this channel") && responses(slack).size() >= 2);
            assertThat(slack.calls("chat.postMessage")).hasSize(1);
            assertThat(slack.calls("pins.add")).hasSize(1);
            assertThat(count("SELECT COUNT(*) FROM deal_plan_changes WHERE channel_id = '" + CHANNEL + "' AND changed_by = '" + REP + "'")).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM deal_plan_changes WHERE field = 'pattern' AND changed_by = 'U0REP02'")).isEqualTo(1);
        }

        @Test
        void a_plan_in_a_channel_the_bot_is_not_in_says_how_to_invite_it_and_can_be_pinned_after() throws Exception {
            slack.scriptOnce("chat.postMessage", Answer.error("not_in_channel"));
            command(requests, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-st-marys",
                    "response_url", responseUrl(slack)));
            awaitResponse(slack, body -> body.contains("/invite @Bridge Coach"));
            command(requests, Map.of("text", "plan", "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-st-marys",
                    "response_url", responseUrl(slack)));
            await(slack, "pins.add");
            assertThat(slack.calls("chat.postMessage")).hasSize(2);
        }
    }

    @Test
    void opening_the_home_tab_publishes_the_reps_diagnoses_and_shares() throws Exception {
        command(requests, Map.of("text", SITUATION, "user_id", REP, "channel_id", CHANNEL, "channel_name", "deal-st-marys",
                "response_url", responseUrl(slack)));
        click(requests, shareClick("1700000000.000100", "1700000001.000001"));
        await(slack, "pins.add");
        awaitResponse(slack, body -> body.contains("Posted to the channel"));

        HttpResponse<String> ack = homeOpened(requests, REP);
        assertThat(ack.statusCode()).isEqualTo(200);
        Call published = await(slack, "views.publish");
        assertThat(published.form().get("user_id")).isEqualTo(REP);
        JsonNode view = json(published.form().get("view"));
        assertThat(view.get("type").asText()).isEqualTo("home");
        String text = view.toString();
        assertThat(text).contains("Your recent diagnoses").contains("Resource constraint (")
                .contains("What you've shared with deal teams").contains("coach.start.");
    }

    @Test
    void forget_me_deletes_the_reps_records_and_anonymises_their_plan_changes() throws Exception {
        // a channel of its own: the plan tests leave the shared channel's plan already changed
        String channel = "C0DEAL09";
        command(requests, Map.of("text", SITUATION, "user_id", REP, "channel_id", channel, "channel_name", "deal-st-marys",
                "response_url", responseUrl(slack)));
        click(requests, shareClick("1700000000.000110", "1700000001.000001"));
        awaitResponse(slack, body -> body.contains("Posted to the channel"));
        command(requests, Map.of("text", "plan", "user_id", REP, "channel_id", channel, "channel_name", "deal-st-marys",
                "response_url", responseUrl(slack)));
        awaitResponse(slack, body -> body.contains("deal plan is pinned"));
        // the plan's own pin: the share pinned first
        String ts = await(slack, "pins.add", c -> slack.calls("pins.add").size() == 2 && c == slack.calls("pins.add").get(1)).form().get("timestamp");
        click(requests, new Click(REP, channel, "deal-st-marys", ts, "coach.plan.4", "it:feasibility_checked",
                "1700000002.000001", responseUrl(slack)));
        await(slack, "chat.update");
        assertThat(count("SELECT COUNT(*) FROM diagnoses WHERE user_id = '" + REP + "'")).isPositive();

        command(requests, Map.of("text", "forget me", "user_id", REP, "channel_id", channel, "channel_name", "deal-st-marys",
                "response_url", responseUrl(slack)));
        awaitResponse(slack, body -> body.contains("I deleted"));
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
