package com.bridgecoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.store.JdbcDiagnosisJournal;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.SignedRequests;
import com.bridgecoach.testing.SignedRequests.Signing;
import com.bridgecoach.web.WebServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server ({@link Application#startHttp()}) on a free port, its Web API pointed at a loopback fake
 * and its store at a temporary SQLite file, driven with requests signed the way Slack signs them.
 */
class ServerEndToEndTest {
    private static final String SECRET = "e2e-signing-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger USERS = new AtomicInteger();

    @TempDir
    static Path dataDir;

    private static FakeSlackApi slackApi;
    private static Application app;
    private static WebServer server;
    private static SignedRequests slack;
    private static JdbcDiagnosisJournal journal;

    @BeforeAll
    static void startServer() {
        slackApi = FakeSlackApi.start();
        app = new Application(settings(slackApi, dataDir.resolve("e2e.db")), Clock.systemUTC(), Ticker.systemTicker());
        server = app.startHttp();
        slack = new SignedRequests(URI.create("http://127.0.0.1:" + server.port()), SECRET, Clock.systemUTC());
        journal = new JdbcDiagnosisJournal(app.database());
    }

    @AfterAll
    static void stopServer() {
        if (app != null) {
            app.close();
        }
        if (slackApi != null) {
            slackApi.close();
        }
    }

    static Settings settings(FakeSlackApi api, Path db) {
        return new Settings("xoxb-e2e-bot-token", SECRET, null, api.apiUrl(), "127.0.0.1", 0, jdbcUrl(db), "prompts");
    }

    static String jdbcUrl(Path db) {
        return "jdbc:sqlite:" + db.toAbsolutePath();
    }

    /** Each test coaches as its own rep, so counts and rate limits never leak between tests. */
    static String newUser() {
        return "U0REP" + USERS.incrementAndGet();
    }

    static HttpResponse<String> command(String userId, String text) {
        Map<String, String> fields = slack.slashCommand(userId, text, slackApi.responseUrl("commands/" + userId));
        return slack.post(SignedRequests.FORM, SignedRequests.form(fields));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** All the text a rep sees in a Block Kit reply: header, sections, context, button labels. */
    static String visibleText(JsonNode message) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : message.path("blocks")) {
            texts.add(block.path("text").path("text").asText(""));
            block.path("elements").forEach(e -> {
                texts.add(e.path("text").asText(""));
                texts.add(e.path("text").path("text").asText(""));
            });
        }
        return String.join("\n", texts);
    }

    static List<String> blockTypes(JsonNode message) {
        return StreamSupport.stream(message.path("blocks").spliterator(), false).map(b -> b.path("type").asText()).toList();
    }

    static List<JsonNode> buttons(JsonNode message) {
        List<JsonNode> buttons = new ArrayList<>();
        for (JsonNode block : message.path("blocks")) {
            if (block.path("type").asText().equals("actions")) {
                block.path("elements").forEach(buttons::add);
            }
        }
        return buttons;
    }

    @Nested
    class SlashCommand {

        @Test
        void aDescribedSituationGetsThePatternTheEvidenceAndTheLinesToSayPrivately() {
            String user = newUser();
            HttpResponse<String> response = command(user, "IT says they have no bandwidth until next year");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode reply = json(response);
            assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(blockTypes(reply)).first().isEqualTo("header");
            assertThat(reply.path("blocks").get(0).path("text").path("text").asText()).startsWith("Resource constraint");
            String text = visibleText(reply);
            assertThat(text).contains("\u201cno bandwidth\u201d").containsPattern("\\d+% sure");
            assertThat(text).contains("*Say next*").contains("> Roughly how many analyst hours");
            assertThat(text).contains("*What's going on*", "*How to navigate*", "*Avoid*", "*Next step*");
            assertThat(journal.countFor(user)).isEqualTo(1);
        }

        @Test
        void coachHelpExplainsTheCommands() {
            String user = newUser();
            JsonNode reply = json(command(user, "help"));
            assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(visibleText(reply)).contains("/coach help").contains("*Commands*");
            assertThat(journal.countFor(user)).as("help is not a diagnosis").isZero();
        }

        @Test
        void bareCoachStartsTheGuidedInterview() {
            String user = newUser();
            for (String text : List.of("", "   ")) {
                JsonNode reply = json(command(user, text));
                assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
                assertThat(buttons(reply)).as("answer buttons for '%s'", text).hasSizeGreaterThan(2)
                        .allSatisfy(b -> assertThat(b.path("action_id").asText()).startsWith("coach.interview."));
            }
            assertThat(journal.countFor(user)).as("a question is not a diagnosis").isZero();
        }

        @Test
        void aMistypedSubcommandNamesTheClosestCommand() {
            JsonNode reply = json(command(newUser(), "transalte foo"));
            assertThat(visibleText(reply)).contains("transalte").contains("/coach translate");
        }

        @Test
        void textOverFourThousandCharactersGetsTheTooLongNotice() {
            String user = newUser();
            String essay = "The CIO keeps saying the analysts are busy with the Epic upgrade. ".repeat(70);
            assertThat(essay.strip().length()).isGreaterThan(4000);
            HttpResponse<String> response = command(user, essay);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(visibleText(json(response))).contains(essay.strip().length() + " characters").contains("4000");
            assertThat(journal.countFor(user)).isZero();
        }

        @Test
        void aRedeliveredCommandIsAnsweredOnce() {
            String user = newUser();
            Map<String, String> fields = slack.slashCommand(user, "the CIO says their team built their own tool for this",
                    slackApi.responseUrl("commands/" + user));
            String body = SignedRequests.form(fields);

            HttpResponse<String> first = slack.post(SignedRequests.FORM, body);
            HttpResponse<String> again = slack.post(SignedRequests.FORM, body);

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(buttons(json(first)).size() + json(first).path("blocks").size()).isPositive();
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).doesNotContain("blocks");
            assertThat(journal.countFor(user)).isEqualTo(1);
        }

        @Test
        void metricsCountSlackRequestsByKind() {
            command(newUser(), "IT has competing initiatives this year");
            HttpResponse<String> metrics = slack.get("/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).containsPattern("slack_requests_seconds_count\\{[^}]*kind=\"command\"[^}]*} [1-9]");
        }
    }

    @Nested
    class AnswerButton {

        @Test
        void clickingAnAnswerReplacesTheQuestionWithThePlaybook() throws Exception {
            String user = newUser();
            JsonNode question = json(command(user, "the deal is stuck"));
            List<JsonNode> answers = buttons(question);
            assertThat(answers).as("an unclear diagnosis asks a question with answer buttons").hasSizeGreaterThan(1);
            JsonNode capacity = answers.stream().filter(b -> b.path("text").path("text").asText().contains("staff")).findFirst()
                    .orElseThrow(() -> new AssertionError("no staffing answer among " + answers));

            String responseUrl = slackApi.responseUrl("actions/" + user);
            HttpResponse<String> ack = slack.post(SignedRequests.FORM, slack.blockActionForm(user,
                    capacity.path("action_id").asText(), capacity.path("value").asText(), responseUrl, slack.newTriggerId()));

            assertThat(ack.statusCode()).isEqualTo(200);
            FakeSlackApi.Call update = slackApi.await(c -> c.path().endsWith("actions/" + user), Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("nothing was posted to the response_url"));
            JsonNode posted = JSON.readTree(update.body());
            assertThat(posted.path("replace_original").asBoolean()).isTrue();
            assertThat(posted.path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(posted.path("blocks").get(0).path("text").path("text").asText()).startsWith("Resource constraint");
            assertThat(visibleText(posted)).contains("*Say next*").contains("staff");
        }

        @Test
        void practiseThisPostsTheScenarioCardForThatPatternAndTellsTheRep() throws Exception {
            String user = newUser();
            String responseUrl = slackApi.responseUrl("practise/" + user);
            HttpResponse<String> ack = slack.post(SignedRequests.FORM,
                    slack.blockActionForm(user, "coach.practise", "territorial_protection:in_house_build", responseUrl, slack.newTriggerId()));

            assertThat(ack.statusCode()).isEqualTo(200);
            FakeSlackApi.Call card = slackApi.await(c -> c.path().endsWith("chat.postMessage"), Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("no scenario card was posted"));
            assertThat(java.net.URLDecoder.decode(card.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("channel=C0DEALS").contains("Role-play for").contains(user).contains("built their own");
            JsonNode told = JSON.readTree(slackApi.await(c -> c.path().endsWith("practise/" + user), Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("the rep was not told")).body());
            assertThat(told.path("replace_original").asBoolean()).as("the card the rep clicked stays").isFalse();
            assertThat(visibleText(told)).contains("Role-play set up");
        }

        @Test
        void aRedeliveredClickIsAnsweredOnce() throws Exception {
            String user = newUser();
            String responseUrl = slackApi.responseUrl("twice/" + user);
            String click = slack.blockActionForm(user, "coach.answer.1", "q:triage:1", responseUrl, slack.newTriggerId());

            assertThat(slack.post(SignedRequests.FORM, click).statusCode()).isEqualTo(200);
            assertThat(slack.post(SignedRequests.FORM, click).statusCode()).isEqualTo(200);
            slackApi.await(c -> c.path().endsWith("twice/" + user), Duration.ofSeconds(10)).orElseThrow();
            // A later, different click proves the executor has drained past any duplicate of the first.
            String laterUrl = slackApi.responseUrl("after/" + user);
            slack.post(SignedRequests.FORM, slack.blockActionForm(user, "coach.answer.0", "q:triage:0", laterUrl, slack.newTriggerId()));
            slackApi.await(c -> c.path().endsWith("after/" + user), Duration.ofSeconds(10)).orElseThrow();

            assertThat(slackApi.calls().stream().filter(c -> c.path().endsWith("twice/" + user))).hasSize(1);
        }

        @Test
        void theHelpButtonPostsTheHelpBesideTheAnswer() throws Exception {
            String user = newUser();
            String responseUrl = slackApi.responseUrl("help/" + user);
            HttpResponse<String> ack = slack.post(SignedRequests.FORM,
                    slack.blockActionForm(user, "coach.help", "help", responseUrl, slack.newTriggerId()));

            assertThat(ack.statusCode()).isEqualTo(200);
            JsonNode posted = JSON.readTree(slackApi.await(c -> c.path().endsWith("help/" + user), Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("nothing was posted to the response_url")).body());
            assertThat(posted.path("replace_original").asBoolean()).isFalse();
            assertThat(visibleText(posted)).contains("/coach help");
        }

        @Test
        void aTamperedValueGetsTheStaleActionNotice() throws Exception {
            String user = newUser();
            String responseUrl = slackApi.responseUrl("tampered/" + user);
            HttpResponse<String> ack = slack.post(SignedRequests.FORM,
                    slack.blockActionForm(user, "coach.answer.0", "q:no_such_question:7", responseUrl, slack.newTriggerId()));

            assertThat(ack.statusCode()).isEqualTo(200);
            FakeSlackApi.Call update = slackApi.await(c -> c.path().endsWith("tampered/" + user), Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("nothing was posted to the response_url"));
            assertThat(visibleText(JSON.readTree(update.body()))).contains("can't read any more");
        }
    }

    @Nested
    class Verification {

        @Test
        void unsignedWrongOrStaleSignaturesGet401AndAreNotCoached() {
            String user = newUser();
            for (Signing signing : List.of(Signing.NONE, Signing.WRONG_SECRET, Signing.STALE)) {
                Map<String, String> fields = slack.slashCommand(user, "IT says they have no bandwidth", slackApi.responseUrl("x"));
                HttpResponse<String> response = slack.post(SignedRequests.FORM, SignedRequests.form(fields), signing);
                assertThat(response.statusCode()).as(signing.name()).isEqualTo(401);
                assertThat(response.body()).doesNotContain("blocks").doesNotContain("Exception");
            }
            assertThat(journal.countFor(user)).isZero();
        }

        @Test
        void anUnsignedRequestNeverReachesSlackEvenBeforeBoltHasStarted(@TempDir Path dir) throws Exception {
            try (FakeSlackApi api = FakeSlackApi.start();
                 Application fresh = new Application(settings(api, dir.resolve("fresh.db")), Clock.systemUTC(), Ticker.systemTicker())) {
                // Slack refuses the start-up auth.test, so Bolt stays unstarted and would call it again when it runs a request.
                api.script("auth.test", FakeSlackApi.Answer.error("invalid_auth"));
                WebServer s = fresh.startHttp();
                api.await(c -> "auth.test".equals(c.method()), Duration.ofSeconds(30)).orElseThrow();
                SignedRequests client = new SignedRequests(URI.create("http://127.0.0.1:" + s.port()), SECRET, Clock.systemUTC());
                int before = api.calls().size();

                HttpResponse<String> response = client.post(SignedRequests.FORM,
                        SignedRequests.form(client.slashCommand("U0STRANGER", "hello", api.responseUrl("x"))), Signing.NONE);

                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(api.calls()).as("not even auth.test").hasSize(before);
            }
        }

        @Test
        void aSignedCommandWhileSlacksApiIsUnreachableGetsAPlainAnswerNotAnError(@TempDir Path dir) throws Exception {
            try (FakeSlackApi api = FakeSlackApi.start()) {
                // nothing listens where the Web API should be: Bolt's auth.test on its first run cannot get through
                Settings unreachable = new Settings("xoxb-e2e-bot-token", SECRET, null, "http://127.0.0.1:1/api/", "127.0.0.1", 0,
                        jdbcUrl(dir.resolve("unreachable.db")), "prompts");
                try (Application fresh = new Application(unreachable, Clock.systemUTC(), Ticker.systemTicker())) {
                    WebServer s = fresh.startHttp();
                    SignedRequests client = new SignedRequests(URI.create("http://127.0.0.1:" + s.port()), SECRET, Clock.systemUTC());

                    HttpResponse<String> response = client.post(SignedRequests.FORM,
                            SignedRequests.form(client.slashCommand("U0OFFLINE", "IT says they have no bandwidth", api.responseUrl("x"))));

                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(response.body()).contains("\"response_type\":\"ephemeral\"").contains("get through to Slack");
                }
            }
        }

        @Test
        void theBotTokenIsAuthenticatedWithAuthTestOnceNotPerRequest() {
            command(newUser(), "help");
            List<FakeSlackApi.Call> authTests = slackApi.calls("auth.test");
            assertThat(authTests).isNotEmpty();
            assertThat(authTests.get(0).header("Authorization")).isEqualTo("Bearer xoxb-e2e-bot-token");
            command(newUser(), "help");
            command(newUser(), "IT says they have no bandwidth");
            assertThat(slackApi.calls("auth.test")).hasSize(authTests.size());
        }
    }

    @Nested
    class WhenSlackMisbehaves {

        @Test
        void aRejectedBotTokenIsNeverA5xxAndTheNextRequestRetries(@TempDir Path dir) throws Exception {
            try (FakeSlackApi api = FakeSlackApi.start();
                 Application fresh = new Application(settings(api, dir.resolve("fresh.db")), Clock.systemUTC(), Ticker.systemTicker())) {
                api.script("auth.test", FakeSlackApi.Answer.rateLimited(3));
                WebServer s = fresh.startHttp();
                api.await(c -> "auth.test".equals(c.method()), Duration.ofSeconds(30)).orElseThrow();
                SignedRequests client = new SignedRequests(URI.create("http://127.0.0.1:" + s.port()), SECRET, Clock.systemUTC());
                int refusedSoFar = api.calls("auth.test").size();

                HttpResponse<String> refused = client.post(SignedRequests.FORM,
                        SignedRequests.form(client.slashCommand("U0EARLY", "help", api.responseUrl("x"))));

                assertThat(refused.statusCode()).isLessThan(500);
                assertThat(refused.body()).doesNotContain("Exception").doesNotContain("xoxb-");
                assertThat(api.calls("auth.test")).as("Bolt tried again").hasSizeGreaterThan(refusedSoFar);

                api.unscript("auth.test");
                HttpResponse<String> later = client.post(SignedRequests.FORM,
                        SignedRequests.form(client.slashCommand("U0EARLY", "help", api.responseUrl("x"))));
                assertThat(later.statusCode()).isEqualTo(200);
                assertThat(visibleText(json(later))).contains("/coach help");
            }
        }
    }

    @Nested
    class BadInput {

        @Test
        void aMalformedBodyIsA400WithoutAStackTrace() {
            assertClientError(slack.post(SignedRequests.FORM, "%%%&&&=garbage=%zz"));
            assertClientError(slack.post(SignedRequests.JSON, "{\"type\": \"block_actions\", "));
            assertClientError(slack.post(SignedRequests.FORM, "payload=" + "%7Bnot-json"));
        }

        @Test
        void jsonThatIsNoSlackPayloadIsA400() {
            assertClientError(slack.post(SignedRequests.JSON, "{\"hello\":\"world\"}"));
            assertClientError(slack.post(SignedRequests.JSON, "{\"type\":\"definitely_not_slack\"}"));
            assertClientError(slack.post(SignedRequests.JSON, "[1,2,3]"));
        }

        @Test
        void aWrongContentTypeIsA4xx() {
            Map<String, String> fields = slack.slashCommand(newUser(), "IT says no", slackApi.responseUrl("x"));
            assertClientError(slack.post("text/plain", SignedRequests.form(fields)));
            assertClientError(slack.post("application/xml", "<coach/>"));
        }

        @Test
        void unsignedGarbageIsStillA4xx() {
            assertClientError(slack.post(SignedRequests.JSON, "{\"hello\":\"world\"}", Signing.NONE));
            assertClientError(slack.post(SignedRequests.FORM, "%%%", Signing.NONE));
        }

        private void assertClientError(HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.bridgecoach");
        }
    }

    @Nested
    class Operations {

        @Test
        void healthSaysOk() throws IOException {
            HttpResponse<String> health = slack.get("/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(health.body())).isEqualTo(JSON.readTree("{\"status\":\"ok\"}"));
        }

        @Test
        void readyWhenContentIsLoadedAndTheStoreAnswers() {
            assertThat(slack.get("/ready").statusCode()).isEqualTo(200);
        }

        @Test
        void metricsAreInPrometheusTextFormat() {
            HttpResponse<String> metrics = slack.get("/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        }
    }
}
