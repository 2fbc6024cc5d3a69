package com.bridgecoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.bridgecoach.testing.PromptsCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewContentTest {
    @TempDir
    Path dir;


    private void edit(String from, String to) throws IOException {
        Path file = dir.resolve("interview.yml");
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void theShippedInterviewLoads() {
        InterviewScript script = new ContentLoader().load(ContentSource.folder(Path.of("prompts"))).interview();
        assertThat(script.questions()).extracting(InterviewScript.Question::id).startsWith("champion", "other_side");
        assertThat(script.champions()).extracting(InterviewScript.Champion::id).containsExactly("clinical", "technical", "both", "neither");
    }

    @Test
    void anAnswerPointingNowhereIsNamedWithFileLineAndField() throws IOException {
        PromptsCopy.into(dir);
        edit("value: \"in_house_build\"", "value: \"homegrown\"");
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertThat(((ContentException) e).errors()).anySatisfy(err -> {
                    assertThat(err.file()).isEqualTo("interview.yml");
                    assertThat(err.line()).isPositive();
                    assertThat(err.field()).isEqualTo("questions[4].answers[0].value");
                    assertThat(err.message()).contains("homegrown");
                }));
    }

    @Test
    void aVariantAskedUnderTheWrongPatternIsCaught() throws IOException {
        PromptsCopy.into(dir);
        edit("pattern: [\"territorial_protection\"]", "pattern: [\"priority_conflict\"]");
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("belongs to territorial_protection");
    }

    @Test
    void aMissingFieldIsReported() throws IOException {
        PromptsCopy.into(dir);
        edit("  share: \"Share to channel\"\n", "");
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertThat(((ContentException) e).errors()).anySatisfy(err -> assertThat(err.file()).isEqualTo("interview.yml")));
    }
}
