package com.bridgecoach.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.content.PatternId;
import com.bridgecoach.diagnosis.Certainty;
import com.bridgecoach.diagnosis.Diagnosis;
import com.bridgecoach.diagnosis.PatternClassifier;
import com.bridgecoach.interview.GuidedInterview;
import com.bridgecoach.interview.InterviewStateCodec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoachInterviewTest {
    private static Content content;
    private static Coach coach;
    /** Replies to diagnoses made up for the test, so these tests don't hang on the classifier's tuning. */
    private static PlaybookReplies replies;

    @BeforeAll
    static void build() {
        content = new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
        InterviewStateCodec codec = InterviewStateCodec.forSecret("test secret");
        coach = new Coach(content, new PatternClassifier(content), DiagnosisJournal.none(), Clock.systemUTC(), codec);
        replies = new PlaybookReplies(content, new InterviewReplies(content, new GuidedInterview(content), codec));
    }

    private static Diagnosis diagnosis(PatternId pattern, Certainty certainty, PatternId... others) {
        List<Diagnosis.Alternative> alternatives = java.util.Arrays.stream(others).map(p -> new Diagnosis.Alternative(p, 0.2)).toList();
        return new Diagnosis(pattern, 0.6, List.of(), alternatives, certainty);
    }

    private static Optional<Reply.Action> action(Reply reply, Reply.ActionKind kind, String labelStart) {
        return reply.actions().stream().filter(a -> a.kind() == kind && a.label().startsWith(labelStart)).findFirst();
    }

    private static Reply click(Reply reply, String labelStart) {
        Reply.Action a = reply.actions().stream().filter(x -> x.label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + labelStart + "' among " + reply.actions()));
        return coach.act(a.kind(), a.value());
    }

    private static List<String> section(Reply reply, String heading) {
        return reply.sections().stream().filter(s -> s.heading() != null && s.heading().startsWith(heading)).findFirst()
                .map(Reply.Section::lines).orElseThrow(() -> new AssertionError("no section '" + heading + "' in " + reply.title()));
    }

    @Test
    void slashCoachAloneStartsTheInterviewAndHelpStaysAtHelp() {
        Reply start = coach.respond(new CoachRequest("U1", "  "));
        assertThat(start.title()).isEqualTo(content.interview().question("champion").orElseThrow().ask());
        assertThat(start.actions()).allMatch(a -> a.kind() == Reply.ActionKind.INTERVIEW_ANSWER).hasSize(4);
        assertThat(coach.respond(new CoachRequest("U1", "help")).title()).isEqualTo(content.messages().help().title());
    }

    @Nested
    class ResultCard {
        private Reply resourceCard(String howSpecific) {
            Reply r = coach.startInterview();
            r = click(r, "Clinical");
            r = click(r, "Saying they lack");
            r = click(r, howSpecific);
            return click(r, "Clinical leaders are committed");
        }

        @Test
        void showsThePatternWhyTheChampionSituationAndTheCascadeStep() {
            Reply card = resourceCard("Vague");
            assertThat(card.title()).startsWith("Resource constraint (polite deflection)");
            String why = card.sections().get(0).lines().get(0);
            assertThat(why).contains("Saying they lack the staff", "Vague");
            assertThat(section(card, "Your champion: Clinical champion selling to IT")).isNotEmpty();
            assertThat(section(card, "What your champion needs")).anyMatch(l -> l.contains("SOC 2"));
            assertThat(card.sections()).anyMatch(s -> s.lines().stream().anyMatch(l -> l.startsWith("Single-threaded")));
            assertThat(section(card, "Next in the commitment cascade").get(0))
                    .isEqualTo(content.interview().stage("clinical_committed").orElseThrow().nextStep());
            assertThat(section(card, "Avoid")).isEqualTo(content.playbook(PatternId.RESOURCE_CONSTRAINT).avoid());
        }

        @Test
        void theDeflectionProbeDiffersFromTheGenuineCapacityOne() {
            List<String> deflection = section(resourceCard("Vague"), "Say next");
            List<String> genuine = section(resourceCard("Specific"), "Say next");
            assertThat(deflection).isEqualTo(content.interview().variant("polite_deflection").orElseThrow().probingLines());
            assertThat(genuine).isEqualTo(content.interview().variant("genuine_capacity").orElseThrow().probingLines());
            assertThat(deflection).doesNotContainAnyElementsOf(genuine);
        }

        @Test
        void offersTranslatePractiseShareBackAndStartOver() {
            Reply card = resourceCard("Specific");
            assertThat(card.actions()).extracting(Reply.Action::kind).containsExactly(Reply.ActionKind.TRANSLATE,
                    Reply.ActionKind.PRACTISE, Reply.ActionKind.SHARE, Reply.ActionKind.BACK, Reply.ActionKind.START_OVER);
            String share = action(card, Reply.ActionKind.SHARE, "").orElseThrow().value();
            assertThat(share).as("the card's own sealed state, so any replica can post the same card").startsWith("i|");
            assertThat(coach.shared(share).orElseThrow().title()).isEqualTo(card.title());
            assertThat(click(card, "Back").title()).isEqualTo(content.interview().question("deal_stage").orElseThrow().ask());
            assertThat(click(card, "Start over").title()).isEqualTo(content.interview().question("champion").orElseThrow().ask());
        }

        @Test
        void followUpsOutsideSlackSayHowToDoThem() {
            Reply card = resourceCard("Specific");
            assertThat(click(card, "Translate a claim").title()).contains("/coach translate");
            assertThat(click(card, "Practise this").title()).contains("/coach practice cio resource_constraint");
            assertThat(click(card, "Share to channel").title()).contains("deal channel");
            assertThat(coach.practiceFor(action(card, Reply.ActionKind.PRACTISE, "").orElseThrow().value()))
                    .isEqualTo(new CoachCommand.Practice(null, "cio", "resource_constraint"));
        }
    }

    @Nested
    class FreeTextAndInterviewAreOneFlow {
        @Test
        void everyFreeTextDiagnosisOffersToWalkThroughIt() {
            for (String text : List.of("IT says they have no bandwidth until the Epic upgrade is done",
                    "the CIO is dragging his feet", "hmm")) {
                Reply r = coach.respond(new CoachRequest("U1", text));
                assertThat(action(r, Reply.ActionKind.WALK_THROUGH, "Walk me through it")).as(text).isPresent();
            }
        }

        @Test
        void aConfidentDiagnosisWalkedThroughSkipsWhatItAlreadyKnows() {
            Reply r = replies.diagnosis(diagnosis(PatternId.RESOURCE_CONSTRAINT, Certainty.CONFIDENT, PatternId.PRIORITY_CONFLICT));
            // Share is added where the reply is shown (a channel), carrying the rep's own words
            assertThat(r.actions()).extracting(Reply.Action::kind).contains(Reply.ActionKind.TRANSLATE, Reply.ActionKind.PRACTISE)
                    .doesNotContain(Reply.ActionKind.SHARE);
            Reply q1 = click(r, "Walk me through it");
            assertThat(q1.title()).isEqualTo(content.interview().question("champion").orElseThrow().ask());
            Reply q2 = click(q1, "Technical");
            assertThat(q2.title()).isEqualTo(content.interview().question("capacity_check").orElseThrow().ask());
        }

        @Test
        void anUnclearSituationAsksTheTriageQuestionAndAnswersOnTheClick() {
            Reply r = replies.diagnosis(diagnosis(PatternId.UNCLEAR, Certainty.UNCLEAR, PatternId.TERRITORIAL_PROTECTION));
            assertThat(r.actions()).filteredOn(a -> a.kind() == Reply.ActionKind.INTERVIEW_ANSWER)
                    .extracting(Reply.Action::label).containsExactlyElementsOf(content.triage().answers().stream().map(a -> a.label()).toList());
            Reply card = click(r, "They already have a tool");
            assertThat(card.title()).startsWith("Territorial protection");
            assertThat(card.sections().get(0).lines().get(0)).contains("They already have a tool or vendor for this");
            assertThat(card.actions()).extracting(Reply.Action::kind).contains(Reply.ActionKind.WALK_THROUGH, Reply.ActionKind.BACK);
            assertThat(click(card, "Back").actions()).extracting(Reply.Action::label)
                    .contains("They already have a tool or vendor for this");
        }
    }

    @Nested
    class TwoClosePatterns {
        @Test
        void askTheOneQuestionThatSeparatesThemThenAnswer() {
            Reply r = replies.diagnosis(diagnosis(PatternId.IT_VETO, Certainty.AMBIGUOUS, PatternId.TERRITORIAL_PROTECTION));
            var separator = content.separatorById("risk_or_turf").orElseThrow();
            assertThat(r.sections().get(0).lines().get(0)).endsWith(separator.ask());
            assertThat(r.actions()).filteredOn(a -> a.kind() == Reply.ActionKind.INTERVIEW_ANSWER).extracting(Reply.Action::label)
                    .containsExactlyElementsOf(separator.answers().stream().map(a -> a.label()).toList());
            assertThat(click(r, "Yes, they keep comparing").title()).startsWith("Territorial protection");
            assertThat(click(r, "No, they're about our security").title()).startsWith("IT veto");
        }

        @Test
        void walkingThroughAsksTheSeparatorInPlaceOfTheOpenQuestion() {
            Reply r = replies.diagnosis(diagnosis(PatternId.IT_VETO, Certainty.AMBIGUOUS, PatternId.TERRITORIAL_PROTECTION));
            Reply second = click(click(r, "Walk me through it"), "Both");
            assertThat(second.title()).isEqualTo(content.separatorById("risk_or_turf").orElseThrow().ask());
        }
    }

    @Nested
    class StateThatCannotBeTrusted {
        @Test
        void aTamperedStateGetsAClearNotice() {
            Reply q = coach.startInterview();
            String value = q.actions().get(0).value();
            String tampered = (value.charAt(0) == 'M' ? "N" : "M") + value.substring(1);
            Reply r = coach.act(Reply.ActionKind.INTERVIEW_ANSWER, tampered);
            assertThat(r.title()).isEqualTo(content.messages().notice(com.bridgecoach.content.Notice.INTERVIEW_TAMPERED));
            assertThat(r.actions()).isEmpty();
        }

        @Test
        void aStateSealedByAnotherReplicaWithTheSameSecretIsTrusted() {
            Coach other = new Coach(content, new PatternClassifier(content), DiagnosisJournal.none(), Clock.systemUTC(),
                    InterviewStateCodec.forSecret("test secret"));
            Reply.Action clinical = coach.startInterview().actions().get(0);
            assertThat(other.act(clinical.kind(), clinical.value()).title())
                    .isEqualTo(content.interview().question("other_side").orElseThrow().ask("clinical"));
        }

        @Test
        void anOldSeparatorButtonStillAnswers() {
            Reply r = coach.act(Reply.ActionKind.ANSWER, "q:triage:1");
            assertThat(r.title()).startsWith("Resource constraint");
            assertThat(coach.act(Reply.ActionKind.ANSWER, "q:gone:1").title())
                    .isEqualTo(content.messages().notice(com.bridgecoach.content.Notice.STALE_ACTION));
        }
    }
}
