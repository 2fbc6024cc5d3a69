package com.bridgecoach.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.content.InterviewScript;
import com.bridgecoach.content.PatternId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuidedInterviewTest {
    private static Content content;
    private static GuidedInterview interview;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(ContentSource.folder(java.nio.file.Path.of("prompts")));
        interview = new GuidedInterview(content);
    }

    private static InterviewStep.Ask ask(InterviewState state) {
        InterviewStep step = interview.next(state);
        assertThat(step).isInstanceOf(InterviewStep.Ask.class);
        return (InterviewStep.Ask) step;
    }

    private static InterviewStep.Finding finding(InterviewState state) {
        InterviewStep step = interview.next(state);
        assertThat(step).isInstanceOf(InterviewStep.Finding.class);
        return (InterviewStep.Finding) step;
    }

    /** Clicks the answer whose label starts with {@code label}. */
    private static InterviewState click(InterviewState state, String label) {
        return ask(state).options().stream().filter(o -> o.label().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no answer starting '" + label + "' in " + ask(state).options()))
                .next();
    }

    /** A finished walk through the interview: the questions asked, in order, and what they added up to. */
    record Route(List<String> asked, InterviewStep.Finding finding) {
    }

    private static void walk(InterviewState state, List<String> asked, List<Route> paths) {
        InterviewStep step = interview.next(state);
        if (step instanceof InterviewStep.Finding f) {
            paths.add(new Route(List.copyOf(asked), f));
            return;
        }
        InterviewStep.Ask a = (InterviewStep.Ask) step;
        List<String> next = new ArrayList<>(asked);
        next.add(a.questionId());
        for (InterviewStep.Option o : a.options()) {
            walk(o.next(), next, paths);
        }
    }

    private static List<Route> everyPath(InterviewState from) {
        List<Route> paths = new ArrayList<>();
        walk(from, List.of(), paths);
        return paths;
    }

    @Nested
    class FromScratch {
        @Test
        void asksWhoTheChampionIsFirstThenWhatTheOtherSideIsDoing() {
            InterviewState start = InterviewState.fresh();
            assertThat(ask(start).questionId()).isEqualTo("champion");
            assertThat(ask(start).options()).extracting(InterviewStep.Option::label)
                    .anyMatch(l -> l.startsWith("Clinical")).anyMatch(l -> l.startsWith("Technical"))
                    .anyMatch(l -> l.startsWith("Both")).anyMatch(l -> l.startsWith("Nobody"));
            assertThat(ask(click(start, "Clinical")).questionId()).isEqualTo("other_side");
        }

        @Test
        void everyRouteAsksThreeToFiveQuestionsNoneTwiceAndEndsInARealConflict() {
            List<Route> paths = everyPath(InterviewState.fresh());
            assertThat(paths).hasSizeGreaterThan(50);
            for (Route p : paths) {
                assertThat(p.asked()).as("%s", p.asked()).hasSizeBetween(3, 5).doesNotHaveDuplicates();
                assertThat(p.finding().pattern().isConflict()).as("%s", p.asked()).isTrue();
                assertThat(p.finding().champion()).isPresent();
                assertThat(p.finding().stage()).isPresent();
            }
        }

        @Test
        void asksTheVariantFollowUpOnlyForThePatternItSeparates() {
            for (Route p : everyPath(InterviewState.fresh())) {
                PatternId pattern = p.finding().pattern();
                boolean hasVariants = content.interview().variants().stream().anyMatch(v -> v.pattern() == pattern);
                assertThat(p.finding().variant().isPresent()).as("%s", p.asked()).isEqualTo(hasVariants);
                p.finding().variant().ifPresent(v -> assertThat(v.pattern()).isEqualTo(pattern));
                assertThat(p.asked().stream().filter(q -> List.of("capacity_check", "concerns_stated", "what_they_have").contains(q)))
                        .hasSizeLessThanOrEqualTo(1);
            }
        }

        @Test
        void aPriorityConflictNeedsNoVariantQuestion() {
            InterviewState s = click(click(InterviewState.fresh(), "Technical"), "Saying other projects");
            assertThat(ask(s).questionId()).isEqualTo("deal_stage");
            InterviewStep.Finding f = finding(click(s, "Clinical leaders are committed"));
            assertThat(f.pattern()).isEqualTo(PatternId.PRIORITY_CONFLICT);
            assertThat(f.variant()).isEmpty();
            assertThat(f.said()).hasSize(3);
        }

        @Test
        void aResourceObjectionIsSeparatedIntoGenuineCapacityOrDeflection() {
            InterviewState s = click(click(InterviewState.fresh(), "Clinical"), "Saying they lack");
            assertThat(ask(s).questionId()).isEqualTo("capacity_check");
            InterviewStep.Finding genuine = finding(click(click(s, "Specific"), "Early"));
            InterviewStep.Finding deflection = finding(click(click(s, "Vague"), "Early"));
            assertThat(genuine.variant()).map(InterviewScript.Variant::id).contains("genuine_capacity");
            assertThat(deflection.variant()).map(InterviewScript.Variant::id).contains("polite_deflection");
        }

        @Test
        void notKnowingWhatItIsDoingLeadsToTheTriageQuestionThenTheFollowUp() {
            InterviewState s = click(click(InterviewState.fresh(), "Nobody"), "Going quiet");
            assertThat(ask(s).questionId()).isEqualTo("triage");
            s = click(s, "Security");
            assertThat(ask(s).questionId()).isEqualTo("concerns_stated");
            InterviewStep.Finding f = finding(click(click(s, "No"), "Early"));
            assertThat(f.pattern()).isEqualTo(PatternId.IT_VETO);
            assertThat(f.variant()).map(InterviewScript.Variant::id).contains("vague_concerns");
            assertThat(f.said()).hasSize(5);
        }

        @Test
        void theSecondQuestionIsWordedForTheChampionGiven() {
            String clinical = ask(click(InterviewState.fresh(), "Clinical")).text();
            String technical = ask(click(InterviewState.fresh(), "Technical")).text();
            assertThat(clinical).isNotEqualTo(technical);
            assertThat(ask(InterviewState.fresh()).number()).isEqualTo(1);
            assertThat(ask(click(InterviewState.fresh(), "Clinical")).number()).isEqualTo(2);
        }
    }

    @Nested
    class FromFreeText {
        @Test
        void aSettledPatternSkipsStraightToTheChampionAndFollowUps() {
            List<Route> paths = everyPath(InterviewState.seeded(List.of(PatternId.TERRITORIAL_PROTECTION)));
            for (Route p : paths) {
                assertThat(p.asked()).doesNotContain("other_side", "triage").contains("champion", "what_they_have", "deal_stage");
                assertThat(p.finding().pattern()).isEqualTo(PatternId.TERRITORIAL_PROTECTION);
            }
        }

        @Test
        void twoClosePatternsGetTheQuestionThatSeparatesThem() {
            InterviewState s = click(InterviewState.seeded(List.of(PatternId.RESOURCE_CONSTRAINT, PatternId.PRIORITY_CONFLICT)), "Clinical");
            assertThat(ask(s).questionId()).isEqualTo("short_staffed_or_sequenced");
            Set<PatternId> reachable = new HashSet<>();
            everyPath(s).forEach(p -> reachable.add(p.finding().pattern()));
            assertThat(reachable).containsExactlyInAnyOrder(PatternId.RESOURCE_CONSTRAINT, PatternId.PRIORITY_CONFLICT);
        }

        @Test
        void theSingleQuestionAnswersAfterOneClick() {
            InterviewState quick = InterviewState.quick(List.of(PatternId.IT_VETO, PatternId.TERRITORIAL_PROTECTION));
            InterviewStep.Ask q = ask(quick);
            assertThat(q.questionId()).isEqualTo("risk_or_turf");
            InterviewStep.Finding f = finding(click(quick, "Yes, they keep comparing"));
            assertThat(f.pattern()).isEqualTo(PatternId.TERRITORIAL_PROTECTION);
            assertThat(f.champion()).isEmpty();
            assertThat(f.stage()).isEmpty();
            assertThat(ask(InterviewState.quick(List.of())).questionId()).isEqualTo("triage");
        }
    }

    @Nested
    class Navigation {
        @Test
        void backReturnsToTheQuestionBefore() {
            InterviewState two = click(click(InterviewState.fresh(), "Clinical"), "Raising security");
            assertThat(ask(two).questionId()).isEqualTo("concerns_stated");
            assertThat(ask(two.back()).questionId()).isEqualTo("other_side");
            assertThat(ask(two.back().back()).questionId()).isEqualTo("champion");
            assertThat(InterviewState.fresh().back()).isEqualTo(InterviewState.fresh());
        }

        @Test
        void anOldStateStillAnswersFromWhereItWas() {
            InterviewState early = click(InterviewState.fresh(), "Both");
            InterviewState later = click(click(early, "Pointing to a tool"), "Something their own team built");
            assertThat(ask(later).questionId()).isEqualTo("deal_stage");
            // the rep clicks a button on the earlier message: it continues from that message's state
            assertThat(ask(click(early, "Saying other projects")).questionId()).isEqualTo("deal_stage");
        }

        @Test
        void aStateNamingQuestionsOrAnswersTheContentLacksIsUnreadable() {
            assertThat(interview.next(InterviewState.fresh().answer("no_such_question", 0))).isInstanceOf(InterviewStep.Unreadable.class);
            assertThat(interview.next(InterviewState.fresh().answer("champion", 9))).isInstanceOf(InterviewStep.Unreadable.class);
            assertThat(interview.next(InterviewState.quick(List.of()).answer("triage", 7))).isInstanceOf(InterviewStep.Unreadable.class);
        }
    }
}
