package com.bridgecoach.content;

import com.bridgecoach.testing.PromptsCopy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealWordsValidationTest {

    @Test
    void the_real_deal_words_load_with_every_status_stage_warning_and_refusal() {
        DealWords words = new ContentLoader().load(ContentSource.folder(Path.of("prompts"))).deals();
        assertThat(words.plan().clinicalStatuses()).containsOnlyKeys(ClinicalStatus.values());
        assertThat(words.plan().itStatuses()).containsOnlyKeys(ItStatus.values());
        assertThat(words.plan().stages()).containsOnlyKeys(CascadeStage.values());
        assertThat(words.plan().warningTexts()).containsOnlyKeys(PlanWarning.values());
        assertThat(words.refusals()).containsOnlyKeys(Refusal.values());
        assertThat(words.refusal(Refusal.NOT_IN_CHANNEL, java.util.Map.of())).contains("/invite @Bridge Coach");
    }

    @Test
    void missing_words_and_placeholders_are_reported_with_file_line_and_field(@TempDir Path copy) throws IOException {
        PromptsCopy.into(copy);
        Path deals = copy.resolve("deals.yml");
        Files.writeString(deals, Files.readString(deals)
                .replace("  set_it: \"IT: {status}\"", "  set_it: \"IT\"")
                .replace("  archived: \"This channel is archived", "  archived_typo: \"This channel is archived"));
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(copy)))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("deals.yml")
                .hasMessageContaining("refusals");
        Files.writeString(deals, Files.readString(deals).replace("  archived_typo: ", "  archived: "));
        assertThatThrownBy(() -> new ContentLoader().load(ContentSource.folder(copy)))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("plan.set_it: must contain {status}");
    }
}
