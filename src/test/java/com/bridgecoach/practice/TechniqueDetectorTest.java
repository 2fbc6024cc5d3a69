package com.bridgecoach.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.Audience;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TechniqueDetectorTest {
    static TechniqueDetector detector;

    @BeforeAll
    static void load() {
        detector = new TechniqueDetector(PracticeFixtures.practice().techniques());
    }

    static List<String> ids(String text, Audience audience) {
        return detector.detect(text, audience).stream().map(Detection::technique).toList();
    }

    static Stream<Arguments> moves() {
        return Stream.of(
                Arguments.of("Which of the forty items worries your security team most?", Audience.CIO, "open_question"),
                Arguments.of("Dana, walk me through how the board reviews a new interface.", Audience.CIO, "open_question"),
                Arguments.of("I'd treat each of those items as a requirement, not an obstacle.", Audience.CIO, "concerns_as_requirements"),
                Arguments.of("Your team built something the case managers use every day.", Audience.CIO, "acknowledge_investment"),
                Arguments.of("We'd sit alongside your dashboard and feed it.", Audience.CIO, "complement"),
                Arguments.of("Our implementation team builds the interface and we carry tier-1 support.", Audience.CIO, "it_burden_services"),
                Arguments.of("Could you and the CMO agree on shared metrics together with us?", Audience.CIO, "shared_metrics_joint"),
                Arguments.of("We can start after your go-live, whenever it fits your roadmap.", Audience.CIO, "respect_priorities"),
                Arguments.of("We need your signature by Friday to keep this pricing.", Audience.CIO, "pressure"),
                Arguments.of("Honestly the security review is just a formality.", Audience.CIO, "dismissal"),
                Arguments.of("If IT won't move, we'll escalate this to your board.", Audience.CIO, "over_head"),
                Arguments.of("This will revolutionize care and save lives.", Audience.CIO, "clinical_hype"),
                Arguments.of("It's a FHIR API on a cloud-native stack.", Audience.CMO, "architecture_jargon"),
                Arguments.of("It's plug and play, zero IT effort.", Audience.CIO, "zero_it_effort"),
                Arguments.of("You could retire your dashboard once we're live.", Audience.CIO, "replace_investment"));
    }

    @ParameterizedTest
    @MethodSource("moves")
    void recognises_each_move_by_the_reps_words(String text, Audience audience, String technique) {
        assertThat(ids(text, audience)).contains(technique);
    }

    @Test
    void quotes_the_sentence_that_made_the_move() {
        List<Detection> found = detector.detect("Thanks for the time. Which item worries your team most? Happy to help.", Audience.CIO);
        assertThat(found).filteredOn(d -> d.technique().equals("open_question"))
                .extracting(Detection::quote).containsExactly("Which item worries your team most?");
    }

    @Nested
    class Questions {
        @Test
        void a_closed_or_leading_question_is_not_open_discovery() {
            assertThat(ids("Do you have budget this year?", Audience.CIO)).doesNotContain("open_question");
            assertThat(ids("Can we get on your calendar next week?", Audience.CMO)).doesNotContain("open_question");
            assertThat(ids("What if we just signed now?", Audience.CIO)).doesNotContain("open_question");
        }

        @Test
        void an_open_question_after_a_name_or_preamble_counts() {
            assertThat(ids("I'm curious: how does your team handle interface changes today?", Audience.CIO)).contains("open_question");
        }
    }

    @Nested
    class Audiences {
        @Test
        void clinical_hype_costs_with_a_cio_not_with_a_cmo() {
            assertThat(ids("This will revolutionize care.", Audience.CIO)).contains("clinical_hype");
            assertThat(ids("This will revolutionize care.", Audience.CMO)).doesNotContain("clinical_hype");
        }

        @Test
        void architecture_jargon_costs_with_a_cmo_not_with_a_cio() {
            assertThat(ids("It uses an HL7 interface and single sign-on.", Audience.CMO)).contains("architecture_jargon");
            assertThat(ids("It uses an HL7 interface and single sign-on.", Audience.CIO)).doesNotContain("architecture_jargon")
                    .contains("persona_language");
        }

        @Test
        void speaking_their_language_takes_two_of_their_words() {
            assertThat(ids("Our tool helps your physicians.", Audience.CMO)).doesNotContain("persona_language");
            assertThat(ids("It gives your physicians back pajama time.", Audience.CMO)).contains("persona_language");
        }
    }

    @Nested
    class Negation {
        @Test
        void an_honest_denial_is_not_the_bad_move_it_names() {
            assertThat(ids("I won't pretend this is zero IT effort.", Audience.CIO)).doesNotContain("zero_it_effort");
            assertThat(ids("We're not here to replace your dashboard.", Audience.CIO)).doesNotContain("replace_investment")
                    .contains("complement");
        }

        @Test
        void the_bad_move_itself_still_counts() {
            assertThat(ids("There's zero IT effort on your side.", Audience.CIO)).contains("zero_it_effort");
        }
    }

    @Test
    void keeps_dr_and_the_name_in_one_sentence() {
        assertThat(TechniqueDetector.sentences("I spoke with Dr. Chen yesterday. She agreed.")).containsExactly(
                "I spoke with Dr. Chen yesterday.", "She agreed.");
    }
}
