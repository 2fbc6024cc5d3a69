package com.bridgecoach.interview.e2e;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.FakeSlackApi.Answer;
import com.bridgecoach.testing.SignedRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The real server on a loopback port, its fake Slack, and what a test needs to talk to it like Slack does. */
final class SlackServer implements AutoCloseable {
    static final String SECRET = "e2e-signing-secret";
    static final String USER = "U0REP";
    static final String BOT_USER = "UBOT";
    static final String BOT_ID = "BBOT";
    static final String VIEW_ID = "V0INTERVIEW";
    private static final Duration WAIT = Duration.ofSeconds(15);

    final FakeSlackApi slack;
    final SignedRequests requests;
    private final Application app;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();

    SlackServer(Path dir) throws IOException {
        slack = FakeSlackApi.start();
        slack.script("auth.test", Answer.ok("{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\",\"user\":\"bridgecoach\","
                + "\"team_id\":\"T0001\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"" + BOT_ID + "\"}"));
        slack.script("bots.info", Answer.ok("{\"ok\":true,\"bot\":{\"id\":\"" + BOT_ID + "\",\"user_id\":\"" + BOT_USER + "\",\"name\":\"bridgecoach\"}}"));
        slack.script("chat.postMessage", Answer.ok("{\"ok\":true,\"channel\":\"C0001\",\"ts\":\"1700000000.000900\"}"));
        for (String views : new String[] {"views.open", "views.update", "views.push"}) {
            slack.script(views, Answer.ok("{\"ok\":true,\"view\":{\"id\":\"" + VIEW_ID + "\",\"type\":\"modal\",\"blocks\":[]}}"));
        }
        for (String plain : new String[] {"pins.add", "chat.update", "chat.postEphemeral", "chat.delete", "views.publish", "reactions.add"}) {
            slack.script(plain, Answer.ok("{\"ok\":true}"));
        }
        Settings settings = new Settings("xoxb-e2e-token", SECRET, null, slack.apiUrl(), "127.0.0.1", 0,
                "jdbc:sqlite:" + dir.resolve("coach.db"), "prompts");
        app = new Application(settings, Clock.systemUTC(), Ticker.systemTicker());
        int port = app.startHttp().port();
        requests = new SignedRequests(URI.create("http://127.0.0.1:" + port), SECRET, Clock.systemUTC());
    }

    /** A button as Block Kit rendered it. */
    record Button(String actionId, String label, String value) {
    }

    static List<Button> buttons(JsonNode blocks) {
        List<Button> out = new ArrayList<>();
        for (JsonNode block : blocks) {
            if (block.path("type").asText().equals("actions")) {
                for (JsonNode e : block.path("elements")) {
                    out.add(new Button(e.path("action_id").asText(), e.path("text").path("text").asText(), e.path("value").asText()));
                }
            }
        }
        return out;
    }

    static Button button(JsonNode blocks, String labelStart) {
        return buttons(blocks).stream().filter(b -> b.label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + labelStart + "' among " + buttons(blocks)));
    }

    /** Everything a rep reads in the blocks, one block a line. */
    static String text(JsonNode blocks) {
        StringBuilder out = new StringBuilder();
        for (JsonNode block : blocks) {
            if (block.has("text")) {
                out.append(block.path("text").path("text").asText()).append('\n');
            }
            for (JsonNode e : block.path("elements")) {
                if (e.path("type").asText().equals("mrkdwn")) {
                    out.append(e.path("text").asText()).append('\n');
                }
            }
        }
        return out.toString();
    }

    static String header(JsonNode blocks) {
        return blocks.get(0).path("text").path("text").asText();
    }

    /** A signed slash command; the reply is the acknowledgement's body. */
    JsonNode command(String text) throws IOException, InterruptedException {
        String body = "token=t&team_id=T0001&team_domain=example&channel_id=C0001&channel_name=deals&user_id=" + USER
                + "&user_name=rep&command=%2Fcoach&text=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                + "&response_url=" + slack.responseUrl("command") + "&trigger_id=" + nextId("trigger");
        var response = requests.post(SignedRequests.FORM, body);
        if (response.statusCode() != 200) {
            throw new AssertionError("slash command got HTTP " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** Clicks a button on a message; returns what the app sent to the message's response URL. */
    JsonNode click(Button b, boolean ephemeral) throws IOException, InterruptedException {
        ObjectNode payload = blockActions(b);
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000500")
                .put("channel_id", "C0001").put("is_ephemeral", ephemeral);
        payload.putObject("channel").put("id", "C0001").put("name", "deals");
        payload.put("response_url", slack.responseUrl(nextId("click")));
        int status = requests.post(SignedRequests.FORM, SignedRequests.payloadForm(payload.toString())).statusCode();
        if (status != 200) {
            throw new AssertionError("block_actions got HTTP " + status);
        }
        return json.readTree(slack.nextResponse(WAIT).body());
    }

    /** Clicks a button inside the interview modal; returns the view the app updated it with. */
    FakeSlackApi.Call clickInView(Button b, String updateMethod) throws InterruptedException {
        ObjectNode payload = blockActions(b);
        payload.putObject("container").put("type", "view").put("view_id", VIEW_ID);
        payload.putObject("view").put("id", VIEW_ID).put("type", "modal").put("callback_id", "coach.interview.view")
                .put("private_metadata", "").put("hash", "h1").putObject("state");
        int status = requests.post(SignedRequests.FORM, SignedRequests.payloadForm(payload.toString())).statusCode();
        if (status != 200) {
            throw new AssertionError("block_actions got HTTP " + status);
        }
        return slack.next(updateMethod, WAIT);
    }

    private ObjectNode blockActions(Button b) {
        ObjectNode p = json.createObjectNode();
        p.put("type", "block_actions").put("api_app_id", "A0001").put("token", "t").put("trigger_id", nextId("trigger"));
        p.putObject("team").put("id", "T0001").put("domain", "example");
        p.putObject("user").put("id", USER).put("username", "rep").put("team_id", "T0001");
        ObjectNode action = p.putArray("actions").addObject();
        action.put("action_id", b.actionId()).put("block_id", "b1").put("value", b.value()).put("type", "button")
                .put("action_ts", "1700000000.000600");
        action.putObject("text").put("type", "plain_text").put("text", b.label());
        return p;
    }

    /** A signed Events API envelope around {@code event}. */
    int event(String eventId, ObjectNode event) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("token", "t").put("team_id", "T0001").put("api_app_id", "A0001").put("type", "event_callback")
                .put("event_id", eventId).put("event_time", 1700000000);
        envelope.set("event", event);
        envelope.putArray("authorizations").addObject().put("team_id", "T0001").put("user_id", BOT_USER).put("is_bot", true);
        return requests.post(SignedRequests.JSON, envelope.toString()).statusCode();
    }

    /** The next call to {@code method}, passing over calls to others (auth.test and the like). */
    FakeSlackApi.Call await(String method) throws InterruptedException {
        return slack.next(method, WAIT);
    }

    /** Calls to {@code method} so far. */
    long count(String method) {
        return slack.calls(method).size();
    }

    /** A form parameter that carries JSON (blocks, view), parsed. */
    static JsonNode jsonParam(FakeSlackApi.Call call, String name) {
        try {
            return new ObjectMapper().readTree(call.form().get(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    String nextId(String prefix) {
        return prefix + "-" + ids.incrementAndGet();
    }

    @Override
    public void close() {
        app.close();
        slack.close();
    }
}
