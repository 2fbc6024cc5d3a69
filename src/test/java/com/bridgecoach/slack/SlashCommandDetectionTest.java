package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.testing.SignedRequests;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The endpoint builds Bolt's slash command request itself when it can tell the body is one, instead of letting
 * Bolt's parser read the form three times to decide: it must decide exactly as Bolt's parser does, for every body.
 */
class SlashCommandDetectionTest {
    private static final SlackRequestParser BOLT = new SlackRequestParser(AppConfig.builder().singleTeamBotToken("xoxb-test").signingSecret("s").build());

    @ParameterizedTest
    @MethodSource("bodies")
    void decidesAsBoltsParserDoes(String body) {
        Request<?> bolt;
        try {
            bolt = BOLT.parse(SlackRequestParser.HttpRequest.builder().requestUri("/slack/events").queryString(Map.of())
                    .headers(new RequestHeaders(Map.of())).requestBody(body).remoteAddress("127.0.0.1").build());
        } catch (RuntimeException refused) {
            bolt = null;
        }
        assertThat(SlackEventsEndpoint.isSlashCommand(body)).as(body).isEqualTo(bolt instanceof SlashCommandRequest);
    }

    static Stream<String> bodies() {
        Map<String, String> fields = new LinkedHashMap<>();
        SignedRequests.sample("/slack/commands/SlashCommandPayload.json").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
        fields.put("command", "/coach");
        fields.put("text", "IT says no bandwidth & the CMO = frustrated + 100% sure");
        String command = SignedRequests.form(fields);
        List<String> bodies = new ArrayList<>(List.of(
                command,
                command + "&",
                "\n" + command,
                command.replace("command=", "%63ommand="),
                command.replace("command=", "comm%0Aand="),
                command.replace("command=", " command ="),
                command.replace("command=%2Fcoach", "command="),
                command.replace("command=%2Fcoach", "command=%2Fcoach=x"),
                command.replace("command=", "commands="),
                command + "&payload=%7B%22type%22%3A%22block_actions%22%7D",
                command + "&pay%6Coad=%7B%7D",
                "text=hello&user_id=U1",
                "command",
                "=&=&command",
                "",
                "   ",
                "[1,2]",
                "{\"type\":\"url_verification\",\"challenge\":\"c\",\"command\":\"/coach\"}",
                "ssl_check=1&token=t"));
        for (String dir : List.of("interactivity", "events")) {
            for (String name : samples(dir)) {
                ObjectNode sample = SignedRequests.sample("/slack/" + dir + "/" + name);
                bodies.add(dir.equals("events") ? sample.toString() : SignedRequests.payloadForm(sample.toString()));
            }
        }
        return bodies.stream();
    }

    private static List<String> samples(String dir) {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(SlashCommandDetectionTest.class.getResource("/slack/" + dir).toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
