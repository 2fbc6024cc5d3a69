package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** manifest.yml must describe exactly what the code handles: a Slack app created from it just works. */
class ManifestTest {
    private final JsonNode manifest = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("manifest.yml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }

    @Test
    void theOneSlashCommandIsCoachAndEveryUrlIsTheEventsRoute() {
        JsonNode commands = manifest.path("features").path("slash_commands");
        assertThat(texts(commands, "command")).containsExactly(SlackIds.COMMAND);
        assertThat(commands.get(0).path("url").asText()).endsWith("/slack/events");
        assertThat(manifest.path("settings").path("interactivity").path("request_url").asText()).endsWith("/slack/events");
        assertThat(manifest.path("settings").path("event_subscriptions").path("request_url").asText()).endsWith("/slack/events");
        assertThat(commands.get(0).path("should_escape").asBoolean())
                .as("mentions in '/coach practice @rep' arrive as user ids only when Slack escapes the command").isTrue();
    }

    @Test
    void shortcutsAreTheOnesTheAppRegisters() {
        assertThat(texts(manifest.path("features").path("shortcuts"), "callback_id"))
                .containsExactlyInAnyOrder(SlackIds.SHORTCUT_INTERVIEW, SlackIds.TRANSLATE_SHORTCUT);
    }

    @Test
    void eventsAndScopesAreExactlyWhatTheHandlersNeed() {
        assertThat(texts(manifest.path("settings").path("event_subscriptions").path("bot_events"), null))
                .containsExactlyInAnyOrder("app_mention", "message.channels", "message.groups", "message.im", "app_home_opened");
        assertThat(texts(manifest.path("oauth_config").path("scopes").path("bot"), null))
                .containsExactlyInAnyOrder("commands", "chat:write", "app_mentions:read", "channels:history", "groups:history",
                        "im:history", "mpim:history", "pins:write");
        assertThat(manifest.path("features").path("app_home").path("home_tab_enabled").asBoolean()).isTrue();
        assertThat(manifest.path("settings").path("interactivity").path("is_enabled").asBoolean()).isTrue();
    }
}
