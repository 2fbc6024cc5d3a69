package com.bridgecoach.translation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.SignedRequests;
import com.bridgecoach.web.WebServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server, a loopback fake Slack Web API, and requests signed the way Slack signs them. */
class TranslationEndToEndTest {
    private static final String SECRET = "e2e-signing-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private static FakeSlackApi slack;
    private static Application app;
    private static SignedRequests requests;

    @BeforeAll
    static void start() throws Exception {
        slack = FakeSlackApi.start();
        Settings settings = new Settings("xoxb-e2e-token", SECRET, null, slack.apiUrl(), "127.0.0.1", 0,
                "jdbc:sqlite:" + data.resolve("coach.db"), "prompts");
        app = new Application(settings, Clock.systemUTC(), Ticker.systemTicker());
        WebServer server = app.startHttp();
        requests = new SignedRequests(URI.create("http://127.0.0.1:" + server.port()), SECRET, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        app.close();
        slack.close();
    }

    @Test
    void aSignedSlashCommandTranslatesAClaimEphemerally() throws Exception {
        HttpResponse<String> response = requests.post(SignedRequests.FORM, SignedRequests.form(slash("translate single sign-on from inside Epic Hyperspace cuts login time by 40%", "111.222.t1")));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("response_type").asText()).isEqualTo("ephemeral");
        String blocks = body.get("blocks").toString();
        assertThat(blocks).contains("For the CMO", "For the CIO", "For both (bridge)", "Epic Hyperspace", "40%");
    }

    @Test
    void aSignedSlashCommandChecksADraft() throws Exception {
        HttpResponse<String> response = requests.post(SignedRequests.FORM, SignedRequests.form(slash("check cmo Our FHIR API and HL7 interface engine deliver 300% ROI.", "111.222.t2")));
        String blocks = JSON.readTree(response.body()).get("blocks").toString();
        assertThat(blocks).contains("Fit for the CMO: poor", "FHIR API");
    }

    @Test
    void championAndJointAnswerFromContent() throws Exception {
        String kit = JSON.readTree(requests.post(SignedRequests.FORM, SignedRequests.form(slash("champion clinical", "111.222.t3"))).body()).get("blocks").toString();
        assertThat(kit).contains("Security evidence pack", "Must contain", "Why they ask");
        String joint = JSON.readTree(requests.post(SignedRequests.FORM, SignedRequests.form(slash("joint", "111.222.t4"))).body()).get("blocks").toString();
        assertThat(joint).contains("Who to invite", "Agenda", "Shared success metrics", "Why the CMO cares", "Why the CIO cares");
    }

    @Test
    void theMessageShortcutOpensAModalWithTheTranslationsAndTheFitCheck() throws Exception {
        ObjectNode payload = SignedRequests.sample("/slack/interactivity/MessageShortcutPayload.json");
        payload.put("callback_id", "coach_translate_message");
        payload.put("trigger_id", "333.444.shortcut");
        payload.put("token", "legacy-token");
        payload.put("response_url", "http://127.0.0.1:9/never");
        ((ObjectNode) payload.get("user")).put("id", "U0REP").put("team_id", "T0TEAM");
        ((ObjectNode) payload.get("team")).put("id", "T0TEAM");
        ((ObjectNode) payload.get("channel")).put("id", "C0DEAL");
        ObjectNode message = (ObjectNode) payload.get("message");
        message.put("text", "Our revolutionary FHIR API cuts time to antibiotics by 2 hours in Epic.");
        message.remove("blocks");
        message.remove("attachments");

        HttpResponse<String> ack = requests.post(SignedRequests.FORM, SignedRequests.form(Map.of("payload", payload.toString())));
        assertThat(ack.statusCode()).isEqualTo(200);

        FakeSlackApi.Call opened = slack.next("views.open", Duration.ofSeconds(10));
        assertThat(opened.form().get("trigger_id")).isEqualTo("333.444.shortcut");
        JsonNode view = JSON.readTree(opened.form().get("view"));
        assertThat(view.get("type").asText()).isEqualTo("modal");
        assertThat(view.get("title").get("text").asText().length()).isLessThanOrEqualTo(24);
        String blocks = view.get("blocks").toString();
        assertThat(blocks).contains("For the CMO", "For the CIO", "For both (bridge)", "2 hours", "Epic",
                "Fit for the CMO", "Fit for the CIO", "FHIR API", "revolutionary");
    }

    @Test
    void aBadSignatureIsRefused() throws Exception {
        HttpResponse<String> response = requests.postSignedAs(SignedRequests.FORM, SignedRequests.form(slash("translate anything", "111.222.t5")), "v0=deadbeef");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static Map<String, String> slash(String text, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-token");
        form.put("team_id", "T0TEAM");
        form.put("channel_id", "C0DEAL");
        form.put("user_id", "U0REP");
        form.put("command", "/coach");
        form.put("text", text);
        form.put("response_url", "http://127.0.0.1:9/never");
        form.put("trigger_id", triggerId);
        return form;
    }
}
