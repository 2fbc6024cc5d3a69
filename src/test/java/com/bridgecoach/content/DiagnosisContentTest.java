package com.bridgecoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bridgecoach.testing.PromptsCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diagnosis/cues.yml beyond its shape: the words that turn to the point, and reps' spellings. */
class DiagnosisContentTest {

    @Test
    void theRealCuesLoadWithTheirTurnsToThePoint() {
        CueBook cues = new ContentLoader().load(ContentSource.folder(Path.of("prompts"))).cues();
        assertThat(cues.pointTurns().turnWords()).contains("actually");
        assertThat(cues.pointTurns().setAside()).isBetween(0.0, 1.0);
    }

    @Test
    void aSetAsideWeightAboveOneIsReportedWithFileAndField(@TempDir Path dir) throws IOException {
        edit(dir, "set_aside: 0.5", "set_aside: 1.5");
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).anySatisfy(err -> {
                    assertThat(err.file()).isEqualTo("diagnosis/cues.yml");
                    assertThat(err.field()).isEqualTo("point_turns.set_aside");
                    assertThat(err.message()).contains("at most 1");
                }));
    }

    @Test
    void anEmptyListOfTurnWordsIsReported(@TempDir Path dir) throws IOException {
        edit(dir, "turn_words: [\"actually\", \"really\", \"turns\"]", "turn_words: []");
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors())
                        .anySatisfy(err -> assertThat(err.field()).isEqualTo("point_turns.turn_words")));
    }

    @Test
    void aSpellingReadAsItselfIsReported(@TempDir Path dir) throws IOException {
        edit(dir, "\"secuirty\": security", "\"secuirty\": secuirty");
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors())
                        .anySatisfy(err -> assertThat(err.message()).contains("is read as itself")));
    }

    private static void edit(Path dir, String from, String to) throws IOException {
        Path cues = PromptsCopy.into(dir).resolve("diagnosis/cues.yml");
        String text = Files.readString(cues);
        assertThat(text).contains(from);
        Files.writeString(cues, text.replace(from, to));
    }
}
