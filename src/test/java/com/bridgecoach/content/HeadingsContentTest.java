package com.bridgecoach.content;

import com.bridgecoach.testing.PromptsCopy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headings of replies are content: loaded strictly from messages.yml, with their placeholders checked at load. */
class HeadingsContentTest {

    @Test
    void the_real_headings_load_and_fill_their_placeholders() {
        Headings h = new ContentLoader().load(ContentSource.folder(Path.of("prompts"))).messages().headings();
        assertThat(Headings.fill(h.interview().yourChampion(), Map.of("name", "The CMO"))).isEqualTo("Your champion: The CMO");
        assertThat(Headings.fill(h.practice().scorecardTitle(), Map.of("score", 72, "persona", "Dana Whitfield")))
                .isEqualTo("Scorecard: 72/100 with Dana Whitfield");
        assertThat(h.diagnosis().sayNext()).isEqualTo("Say next");
    }

    @Test
    void a_value_with_braces_is_never_read_as_a_template() {
        assertThat(Headings.fill("Rep: {text}", Map.of("text", "we cut {score} clicks", "score", 9)))
                .isEqualTo("Rep: we cut {score} clicks");
    }

    @Nested
    class Refused {
        private Path copy;
        private Path messages;

        @BeforeEach
        void copyPrompts(@TempDir Path dir) throws IOException {
            copy = PromptsCopy.into(dir);
            messages = copy.resolve("messages.yml");
        }

        private int lineOf(String text) throws IOException {
            var lines = Files.readAllLines(messages);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(text)) {
                    return i + 1;
                }
            }
            throw new AssertionError("no line starts with " + text);
        }

        private void replace(String from, String to) throws IOException {
            String text = Files.readString(messages);
            assertThat(text).contains(from);
            Files.writeString(messages, text.replace(from, to));
        }

        private ContentException load() {
            try {
                new ContentLoader().load(ContentSource.folder(copy));
            } catch (ContentException e) {
                return e;
            }
            throw new AssertionError("the content loaded");
        }

        @Test
        void a_missing_heading_names_the_file_and_the_heading() throws IOException {
            replace("    say_next: \"Say next\"\n", "");
            ContentException e = load();
            assertThat(e.errors()).singleElement().satisfies(err -> {
                assertThat(err.file()).isEqualTo("messages.yml");
                assertThat(err.line()).isPositive();
                assertThat(err.field()).isEqualTo("headings.diagnosis.say_next");
                assertThat(err.message()).isEqualTo("required field is missing or empty");
            });
        }

        @Test
        void an_unknown_heading_is_refused_with_what_is_allowed() throws IOException {
            int line = lineOf("    keep_doing:");
            replace("    keep_doing: \"Keep doing\"\n", "    keep_doing: \"Keep doing\"\n    keep_going: \"Keep going\"\n");
            assertThatThrownBy(this::loadOrThrow).isInstanceOf(ContentException.class)
                    .hasMessageContaining("messages.yml:" + (line + 1) + ": headings.practice.keep_going: unknown field 'keep_going'")
                    .hasMessageContaining("keep_doing");
        }

        @Test
        void a_misspelt_heading_names_the_one_it_lacks() throws IOException {
            replace("    keep_doing: \"Keep doing\"", "    keep_going: \"Keep doing\"");
            assertThat(load().errors()).singleElement().satisfies(err -> {
                assertThat(err.file()).isEqualTo("messages.yml");
                assertThat(err.field()).isEqualTo("headings.practice.keep_doing");
                assertThat(err.message()).isEqualTo("required field is missing or empty");
            });
        }

        @Test
        void a_heading_without_the_placeholder_its_reply_fills_is_refused() throws IOException {
            int line = lineOf("    your_champion:");
            replace("    your_champion: \"Your champion: {name}\"", "    your_champion: \"Your champion\"");
            assertThat(load().errors()).singleElement().hasToString(
                    "messages.yml:" + line + ": headings.interview.your_champion: must contain {name}");
        }

        @Test
        void a_heading_with_a_placeholder_nothing_fills_is_refused() throws IOException {
            int line = lineOf("    goal:");
            replace("    goal: \"Your goal\"", "    goal: \"Your goal, {name}\"");
            assertThat(load().errors()).singleElement().hasToString(
                    "messages.yml:" + line + ": headings.practice.goal: unknown placeholder {name}");
        }

        @Test
        void every_broken_heading_is_reported_at_once() throws IOException {
            replace("    cascade_next: \"Next in the commitment cascade ({stage})\"", "    cascade_next: \"Next in the commitment cascade\"");
            replace("    role_play_started_by: \"Role-play for {rep}, started by {starter}\"", "    role_play_started_by: \"Role-play for {rep}\"");
            replace("    close: \"Close\"", "    close: \"Close this window and go back to Slack\"");
            assertThat(load().errors()).extracting(ContentError::field, ContentError::message).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("headings.interview.cascade_next", "must contain {stage}"),
                    org.assertj.core.groups.Tuple.tuple("headings.slack.role_play_started_by", "must contain {starter}"),
                    org.assertj.core.groups.Tuple.tuple("headings.slack.close", "longer than Slack's 24-character limit here"));
        }

        private void loadOrThrow() {
            new ContentLoader().load(ContentSource.folder(copy));
        }
    }
}
