package com.bridgecoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bridgecoach.testing.PromptsCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationContentTest {

    static Content real() {
        return new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
    }

    @Test
    void theRealTranslationContentLoads() {
        TranslationContent t = real().translation();
        assertThat(t.concepts()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(t.kits()).containsKeys(ChampionSide.CLINICAL, ChampionSide.TECHNICAL);
        assertThat(t.joint().metrics()).allSatisfy(m -> {
            assertThat(m.cmoWhy()).isNotBlank();
            assertThat(m.cioWhy()).isNotBlank();
        });
    }

    @Test
    void aJargonWordInACmoFrameIsReportedWithFileLineAndField(@TempDir Path dir) throws IOException {
        PromptsCopy.into(dir);
        Path frames = dir.resolve("translation/frames.yml");
        Files.writeString(frames, Files.readString(frames).replace(
                "\"Start with what your physicians will feel on their next shift.\"",
                "\"Start with the FHIR API your physicians will feel.\""));
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).anySatisfy(err -> {
                    assertThat(err.file()).isEqualTo("translation/frames.yml");
                    assertThat(err.line()).isGreaterThan(1);
                    assertThat(err.field()).isEqualTo("cmo.openers[0]");
                    assertThat(err.message()).contains("FHIR API");
                }));
    }

    @Test
    void aConceptMissingItsFinancialPhrasingIsReported(@TempDir Path dir) throws IOException {
        PromptsCopy.into(dir);
        Path concepts = dir.resolve("translation/concepts.yml");
        String text = Files.readString(concepts);
        int at = text.indexOf("    financial: \"fewer password-reset tickets");
        int end = text.indexOf('\n', at);
        Files.writeString(concepts, text.substring(0, at) + text.substring(end + 1));
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).anySatisfy(err -> {
                    assertThat(err.file()).isEqualTo("translation/concepts.yml");
                    assertThat(err.field()).contains("concepts[0]");
                    assertThat(err.toString()).contains("financial");
                }));
    }

    @Test
    void aMatchTermGivenToTwoConceptsIsReported(@TempDir Path dir) throws IOException {
        PromptsCopy.into(dir);
        Path concepts = dir.resolve("translation/concepts.yml");
        Files.writeString(concepts, Files.readString(concepts).replace("\"badge tap\"", "\"EHR integration\""));
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).anySatisfy(err -> {
                    assertThat(err.field()).startsWith("concepts[");
                    assertThat(err.message()).contains("already names concept");
                }));
    }

    @Test
    void anOppositeThatIsNotAConceptIsReported(@TempDir Path dir) throws IOException {
        PromptsCopy.into(dir);
        Path concepts = dir.resolve("translation/concepts.yml");
        Files.writeString(concepts, Files.readString(concepts).replace("on_premise: \"cloud_hosting\"", "on_premise: \"hosted_cloud\""));
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).anySatisfy(err -> {
                    assertThat(err.file()).isEqualTo("translation/concepts.yml");
                    assertThat(err.field()).isEqualTo("negation.opposites.on_premise");
                    assertThat(err.message()).contains("'hosted_cloud' is not a concept id");
                }));
    }

    @Test
    void aDroppedConceptThatIsNotAConceptOrHasAnOppositeIsReported(@TempDir Path dir) throws IOException {
        PromptsCopy.into(dir);
        Path concepts = dir.resolve("translation/concepts.yml");
        Files.writeString(concepts, Files.readString(concepts)
                .replace("dropped: [\"training\", \"data_migration\"", "dropped: [\"trainings\", \"on_premise\""));
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.errors()).anySatisfy(err -> {
                        assertThat(err.file()).isEqualTo("translation/concepts.yml");
                        assertThat(err.field()).startsWith("negation.dropped");
                        assertThat(err.message()).contains("'trainings' is not a concept id");
                    });
                    assertThat(e.errors()).anySatisfy(err -> assertThat(err.message()).contains("'on_premise' already has an opposite"));
                });
    }

    @Test
    void aKitSideMissingIsReported(@TempDir Path dir) throws IOException {
        PromptsCopy.into(dir);
        Path kits = dir.resolve("translation/kits.yml");
        Files.writeString(kits, Files.readString(kits).replace("side: \"technical\"", "side: \"clinical\""));
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors())
                        .anySatisfy(err -> assertThat(err.message()).contains("no kit for a technical champion")));
    }
}
