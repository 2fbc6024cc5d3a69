package com.bridgecoach.translation;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.Audience;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Labelled drafts (good and poor, for the CMO and the CIO) told apart by the fit check. Drafts marked
 * "holdout" were kept out of every change to the lexicon and the scoring, and are reported on their own.
 */
class DraftFitAccuracyTest {
    record Draft(String id, Audience audience, Fit label, String split, String text) {
    }

    private static final List<Draft> DRAFTS = new ArrayList<>();
    private static DraftChecker checker;

    @BeforeAll
    static void load() throws IOException {
        checker = new DraftChecker(TranslationSamples.content().translation().lexicon());
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("src/test/resources/translation/drafts.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            DRAFTS.add(new Draft(n.get("id").asText(), Audience.find(n.get("audience").asText()).orElseThrow(),
                    Fit.valueOf(n.get("label").asText().toUpperCase(java.util.Locale.ROOT)), n.get("split").asText(), n.get("text").asText()));
        }
    }

    @Test
    void theSetIsBroadAndBalanced() {
        assertThat(DRAFTS).hasSizeGreaterThanOrEqualTo(80);
        for (Audience a : List.of(Audience.CMO, Audience.CIO)) {
            for (Fit f : Fit.values()) {
                assertThat(DRAFTS.stream().filter(d -> d.audience() == a && d.label() == f).count())
                        .as("%s drafts for the %s", f, a).isGreaterThanOrEqualTo(20);
            }
        }
        assertThat(DRAFTS.stream().filter(d -> d.split().equals("holdout")).count()).isGreaterThanOrEqualTo(24);
    }

    @Test
    void atLeastNinetyPercentOfAllDraftsAreToldApart() {
        assertThat(accuracy(DRAFTS)).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void atLeastNinetyPercentOfTheHeldOutDraftsAreToldApart() {
        assertThat(accuracy(DRAFTS.stream().filter(d -> d.split().equals("holdout")).toList())).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void poorDraftsCarryFlagsThatQuoteTheirOwnWords() {
        for (Draft d : DRAFTS) {
            FitCheck check = checker.check(d.audience(), d.text());
            if (check.fit() == Fit.POOR) {
                assertThat(check.flags()).as(d.id()).isNotEmpty();
                check.flags().stream().filter(f -> !f.kind().equals("missing"))
                        .forEach(f -> assertThat(d.text()).as(d.id() + " quotes " + f.text()).contains(f.text().split(", ")[0]));
            }
        }
    }

    private static double accuracy(List<Draft> drafts) {
        List<String> wrong = new ArrayList<>();
        for (Draft d : drafts) {
            FitCheck check = checker.check(d.audience(), d.text());
            if (check.fit() != d.label()) {
                wrong.add(d.id() + " scored " + check.score() + " " + check.flags().stream().map(FitCheck.Flag::kind).toList());
            }
        }
        double accuracy = 1.0 - (double) wrong.size() / drafts.size();
        System.out.printf("draft fit accuracy %.3f on %d drafts; wrong: %s%n", accuracy, drafts.size(), wrong);
        return accuracy;
    }
}
