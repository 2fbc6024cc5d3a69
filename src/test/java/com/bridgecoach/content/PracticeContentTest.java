package com.bridgecoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.bridgecoach.testing.PromptsCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeContentTest {

    @Test
    void the_real_practice_content_loads_with_every_promised_scenario() {
        PracticeContent practice = new ContentLoader().load(ContentSource.folder(Path.of("prompts"))).practice();
        assertThat(practice.scenariosFor(Audience.CIO)).extracting(PracticeScenario::id)
                .containsExactlyInAnyOrder("it_veto", "resource_constraint", "territorial_protection", "priority_conflict");
        assertThat(practice.scenariosFor(Audience.CMO)).extracting(PracticeScenario::id)
                .contains("skeptical_of_efficiency", "clinician_burden", "technical_champion_case");
        assertThat(practice.scenarios()).allSatisfy(s -> assertThat(s.variants()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(practice.rubric().criteria().stream().mapToInt(PracticeRubric.Criterion::weight).sum()).isEqualTo(100);
    }

    @Test
    void a_broken_scenario_is_reported_with_file_line_and_field(@TempDir Path dir) throws IOException {
        PromptsCopy.into(dir);
        Path cio = dir.resolve("practice/cio.yml");
        String text = Files.readString(cio)
                .replaceFirst("key_techniques: \\[concerns_as_requirements, open_question\\]", "key_techniques: [mind_reading]")
                .replaceFirst("starting_trust: 30", "starting_trust: 95");
        Files.writeString(cio, text);
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.errors()).anySatisfy(err -> {
                        assertThat(err.file()).isEqualTo("practice/cio.yml");
                        assertThat(err.field()).isEqualTo("scenarios[0].key_techniques[0]");
                        assertThat(err.line()).isPositive();
                        assertThat(err.message()).contains("mind_reading");
                    });
                    assertThat(e.errors()).anySatisfy(err -> assertThat(err.field()).isEqualTo("scenarios[0].variants[0].starting_trust"));
                });
    }

    @Test
    void a_scenario_that_gives_its_persona_a_sex_is_refused_because_its_personas_differ(@TempDir Path dir) throws IOException {
        PromptsCopy.into(dir);
        Path cmo = dir.resolve("practice/cmo.yml");
        Files.writeString(cmo, Files.readString(cmo).replace("and can't be seen breaking that promise.", "and she can't be seen breaking that promise."));
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).anySatisfy(err -> {
                    assertThat(err.file()).isEqualTo("practice/cmo.yml");
                    assertThat(err.field()).endsWith(".real_concern");
                    assertThat(err.message()).contains("'she'").contains("either sex");
                }));
    }

    @Test
    void weights_that_do_not_add_up_are_refused(@TempDir Path dir) throws IOException {
        PromptsCopy.into(dir);
        Path rubric = dir.resolve("practice/rubric.yml");
        Files.writeString(rubric, Files.readString(rubric).replaceFirst("weight: 25", "weight: 35"));
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(dir)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors())
                        .anySatisfy(err -> assertThat(err.toString()).contains("practice/rubric.yml").contains("add up to 110")));
    }
}
