package com.bridgecoach.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.ChampionSide;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.diagnosis.PatternClassifier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class TranslationCommandsTest {
    private static Coach coach;
    private static Content content;

    @BeforeAll
    static void build() {
        content = new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
        coach = new Coach(content, Mockito.mock(PatternClassifier.class), DiagnosisJournal.none(), Clock.systemUTC());
    }

    private static String all(Reply r) {
        StringBuilder s = new StringBuilder(r.title());
        r.sections().forEach(sec -> s.append('\n').append(sec.heading()).append('\n').append(String.join("\n", sec.lines())));
        return s.toString();
    }

    @Nested
    class Parsing {
        private final CommandParser parser = new CommandParser();

        @Test
        void translateCheckChampionAndJointAreCommands() {
            assertThat(parser.parse("translate SSO in Epic")).isEqualTo(new CoachCommand.Translate("SSO in Epic"));
            assertThat(parser.parse("check CIO our HL7 feeds")).isEqualTo(new CoachCommand.Check(Audience.CIO, "our HL7 feeds"));
            assertThat(parser.parse("champion technical")).isEqualTo(new CoachCommand.Champion(ChampionSide.TECHNICAL));
            assertThat(parser.parse("joint")).isEqualTo(new CoachCommand.Joint());
        }

        @Test
        void aCommandWithoutWhatItNeedsAsksForIt() {
            assertThat(parser.parse("translate")).isEqualTo(new CoachCommand.Usage("translate"));
            assertThat(parser.parse("check")).isEqualTo(new CoachCommand.Usage("check"));
            assertThat(parser.parse("check cmo")).isEqualTo(new CoachCommand.Usage("check"));
            assertThat(parser.parse("champion")).isEqualTo(new CoachCommand.Usage("champion"));
        }

        @Test
        void aSituationThatStartsWithACommandWordIsStillASituation() {
            assertThat(parser.parse("champion went dark after the CIO meeting")).isInstanceOf(CoachCommand.Diagnose.class);
            assertThat(parser.parse("check in with IT went badly")).isInstanceOf(CoachCommand.Diagnose.class);
        }
    }

    @Test
    void translateGivesThreeVersionsToSayOutLoud() {
        Reply r = coach.respond(new CoachRequest("U1", "translate cut time to antibiotics by 2 hours"));
        assertThat(r.sections()).extracting(Reply.Section::heading).contains("For the CMO", "For the CIO", "For both (bridge)");
        assertThat(r.sections().stream().filter(s -> s.style() == Reply.Style.SAY).flatMap(s -> s.lines().stream()))
                .hasSize(3).allSatisfy(line -> assertThat(line).contains("2 hours"));
    }

    @Test
    void anEmptyClaimGetsTheUsageLineAndAnOverlongOneTheLimit() {
        assertThat(coach.respond(new CoachRequest("U1", "translate")).title()).contains("/coach translate");
        assertThat(coach.translate("x".repeat(4001)).title()).contains("4001").contains("4000");
        assertThat(coach.respond(new CoachRequest("U1", "champion")).title()).contains("champion clinical");
    }

    @Test
    void checkQuotesTheDraftAndOffersToTranslateIt() {
        Reply r = coach.respond(new CoachRequest("U1", "check cmo Our HL7 interface engine cuts FTE costs by 20%."));
        assertThat(r.title()).startsWith("Fit for the CMO: poor");
        assertThat(all(r)).contains("\u201cHL7\u201d").contains("interface engine");
        assertThat(r.actions()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(Reply.ActionKind.TRANSLATE));
        Reply translated = coach.answer(r.actions().get(0).value()).orElseThrow();
        assertThat(all(translated)).contains("For the CMO").contains("20%");
    }

    @Test
    void aCleanDraftSaysSo() {
        Reply r = coach.check(Audience.CMO, "Your physicians at Riverside got 45 minutes of documentation time back each day, "
                + "and sepsis mortality fell 17% on the units. Their CMO will take your call.");
        assertThat(r.title()).startsWith("Fit for the CMO: good");
    }

    @Test
    void championKitsAreChecklistsOfWhatAndWhy() {
        for (ChampionSide side : ChampionSide.values()) {
            Reply r = coach.respond(new CoachRequest("U1", "champion " + side.id()));
            assertThat(r.title()).isEqualTo(content.translation().kit(side).title());
            List<Reply.Section> items = r.sections().stream().filter(s -> s.heading() != null && s.heading().startsWith("\u2610")).toList();
            assertThat(items).hasSizeGreaterThanOrEqualTo(4).allSatisfy(s -> {
                assertThat(s.lines().get(0)).startsWith("Must contain: ");
                assertThat(s.lines().get(1)).startsWith("Why they ask: ");
            });
        }
    }

    @Test
    void jointPlanHasInviteesInvitationAgendaAndMetricsForBothSides() {
        Reply r = coach.respond(new CoachRequest("U1", "joint"));
        assertThat(r.sections()).extracting(Reply.Section::heading)
                .contains("Who to invite", "The invitation", "Agenda", "Shared success metrics");
        Reply.Section metrics = r.sections().stream().filter(s -> "Shared success metrics".equals(s.heading())).findFirst().orElseThrow();
        assertThat(metrics.lines()).allSatisfy(l -> assertThat(l).contains("Why the CMO cares").contains("Why the CIO cares"));
    }

    @Test
    void aMessageGetsTranslationsAndBothFitChecks() {
        Reply r = coach.translateMessage("Our FHIR API cuts sepsis mortality 18% at Mercy.");
        assertThat(all(r)).contains("For the CMO", "For the CIO", "For both (bridge)", "Fit for the CMO", "Fit for the CIO", "18%");
        assertThat(coach.translateMessage("   ").title()).contains("no text");
    }
}
