package com.bridgecoach.interview.e2e;

import static com.bridgecoach.interview.e2e.SlackServer.button;
import static com.bridgecoach.interview.e2e.SlackServer.buttons;
import static com.bridgecoach.interview.e2e.SlackServer.header;
import static com.bridgecoach.interview.e2e.SlackServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.SignedRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guided interview through the real server: signed slash commands and button clicks, click by click. */
class InterviewEndToEndTest {
    @TempDir
    static Path dir;
    private static SlackServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new SlackServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void slashCoachAloneRunsTheWholeInterviewInPlace() throws Exception {
        JsonNode first = server.command("").path("blocks");
        assertThat(header(first)).isEqualTo("Who is carrying this deal inside the hospital today?");
        assertThat(buttons(first)).extracting(SlackServer.Button::label).hasSize(4);

        JsonNode second = server.click(button(first, "Clinical"), true);
        assertThat(second.path("replace_original").asBoolean()).isTrue();
        assertThat(second.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(header(second.path("blocks"))).contains("What is IT doing");
        assertThat(buttons(second.path("blocks"))).extracting(SlackServer.Button::label).contains("Back", "Start over");

        JsonNode third = server.click(button(second.path("blocks"), "Raising security"), true).path("blocks");
        assertThat(header(third)).isEqualTo("Has IT told you exactly what their concerns are?");
        JsonNode fourth = server.click(button(third, "No:"), true).path("blocks");
        assertThat(header(fourth)).isEqualTo("Where does the deal stand today?");

        JsonNode backAgain = server.click(button(fourth, "Back"), true).path("blocks");
        assertThat(header(backAgain)).isEqualTo("Has IT told you exactly what their concerns are?");
        fourth = server.click(button(backAgain, "No:"), true).path("blocks");

        JsonNode card = server.click(button(fourth, "Clinical leaders are committed"), true).path("blocks");
        assertThat(header(card)).startsWith("IT veto (concerns not stated)");
        String read = text(card);
        assertThat(read).contains("From your answers", "Raising security, integration or architecture concerns",
                "Clinical champion selling to IT", "So we can address them directly, can you tell me specifically what the concerns are?",
                "*Avoid*", "Next in the commitment cascade");
        assertThat(buttons(card)).extracting(SlackServer.Button::label)
                .containsExactly("Translate a claim", "Practise this", "Share to channel", "Back", "Start over");
        assertThat(buttons(card)).extracting(SlackServer.Button::actionId)
                .containsExactly("coach.translate", "coach.practise", "coach.share", "coach.interview.back", "coach.interview.start_over");

        JsonNode share = server.click(button(card, "Share to channel"), true);
        assertThat(share.path("replace_original").asBoolean()).isFalse();
        assertThat(share.path("text").asText()).as("the card is posted to the channel and pinned").contains("pinned");

        JsonNode again = server.click(button(card, "Start over"), true).path("blocks");
        assertThat(header(again)).isEqualTo("Who is carrying this deal inside the hospital today?");
    }

    @Test
    void anOldQuestionsButtonsStillAnswerFromThatQuestion() throws Exception {
        JsonNode first = server.command("").path("blocks");
        JsonNode second = server.click(button(first, "Technical"), true).path("blocks");
        server.click(button(second, "Saying other projects"), true);
        // the rep scrolls back and clicks a different answer on the second question
        JsonNode other = server.click(button(second, "Pointing to a tool"), true).path("blocks");
        assertThat(header(other)).isEqualTo("What is IT protecting?");
    }

    @Test
    void aFreeTextDiagnosisCanBeWalkedThrough() throws Exception {
        JsonNode answer = server.command("IT says they have no bandwidth until the Epic upgrade is done, no analysts free").path("blocks");
        JsonNode walk = server.click(button(answer, "Walk me through it"), true).path("blocks");
        assertThat(header(walk)).isEqualTo("Who is carrying this deal inside the hospital today?");
    }

    @Test
    void aTamperedStateIsRefusedWithAClearMessage() throws Exception {
        JsonNode first = server.command("").path("blocks");
        SlackServer.Button clinical = button(first, "Clinical");
        String v = clinical.value();
        String forged = v.substring(0, 3) + (v.charAt(3) == 'x' ? 'y' : 'x') + v.substring(4);
        JsonNode refused = server.click(new SlackServer.Button(clinical.actionId(), clinical.label(), forged), true);
        assertThat(text(refused.path("blocks")) + refused.path("text").asText()).contains("changed since I sent it");
        assertThat(buttons(refused.path("blocks"))).isEmpty();
    }

    @Test
    void theGlobalShortcutOpensTheInterviewInAModalThatUpdatesInPlace() throws Exception {
        String trigger = server.nextId("shortcut-trigger");
        ObjectNode shortcut = server.object();
        shortcut.put("type", "shortcut").put("token", "t").put("action_ts", "1700000000.000700")
                .put("callback_id", "coach_me_on_a_deal").put("trigger_id", trigger);
        shortcut.putObject("team").put("id", "T0001").put("domain", "example");
        shortcut.putObject("user").put("id", SlackServer.USER).put("username", "rep").put("team_id", "T0001");
        assertThat(server.requests.post(SignedRequests.FORM, SignedRequests.payloadForm(shortcut.toString())).statusCode()).isEqualTo(200);

        FakeSlackApi.Call open = server.await("views.open");
        assertThat(open.form().get("trigger_id")).isEqualTo(trigger);
        JsonNode view = SlackServer.jsonParam(open, "view");
        assertThat(view.path("type").asText()).isEqualTo("modal");
        assertThat(view.path("callback_id").asText()).isEqualTo("coach.interview.view");
        assertThat(header(view.path("blocks"))).isEqualTo("Who is carrying this deal inside the hospital today?");

        FakeSlackApi.Call update = server.clickInView(button(view.path("blocks"), "Both"), "views.update");
        assertThat(update.form().get("view_id")).isEqualTo(SlackServer.VIEW_ID);
        JsonNode next = new ObjectMapper().readTree(update.form().get("view")).path("blocks");
        assertThat(header(next)).isEqualTo("Both sides are on board in principle. Where is IT's side of the work getting stuck?");
    }
}
