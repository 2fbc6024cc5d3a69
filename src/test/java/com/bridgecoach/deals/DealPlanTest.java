package com.bridgecoach.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.CascadeStage;
import com.bridgecoach.content.ClinicalStatus;
import com.bridgecoach.content.ItStatus;
import com.bridgecoach.content.PatternId;
import com.bridgecoach.content.PlanWarning;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DealPlanTest {
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    static DealPlan plan(ClinicalStatus clinical, ItStatus it, CascadeStage stage) {
        return new DealPlan("C1", clinical, it, PatternId.UNCLEAR, stage, "", 3, T0);
    }

    static Stream<Arguments> warnings() {
        return Stream.of(
                Arguments.of(ClinicalStatus.NOT_ENGAGED, ItStatus.NOT_ENGAGED, CascadeStage.FEASIBILITY_CHECK, List.of()),
                Arguments.of(ClinicalStatus.CHAMPION, ItStatus.NOT_ENGAGED, CascadeStage.FEASIBILITY_CHECK, List.of(PlanWarning.SINGLE_THREADED_CLINICAL)),
                Arguments.of(ClinicalStatus.ENDORSED, ItStatus.FEASIBILITY_CHECKED, CascadeStage.CLINICAL_CHAMPION, List.of()),
                Arguments.of(ClinicalStatus.NOT_ENGAGED, ItStatus.ENDORSED, CascadeStage.FEASIBILITY_CHECK, List.of(PlanWarning.SINGLE_THREADED_TECHNICAL)),
                Arguments.of(ClinicalStatus.ENGAGED, ItStatus.NOT_ENGAGED, CascadeStage.CLINICAL_CHAMPION, List.of(PlanWarning.FEASIBILITY_SKIPPED)),
                Arguments.of(ClinicalStatus.ENGAGED, ItStatus.CHAMPION, CascadeStage.IT_ENDORSEMENT, List.of(PlanWarning.ENDORSEMENT_BEFORE_CHAMPION)),
                Arguments.of(ClinicalStatus.CHAMPION, ItStatus.NOT_ENGAGED, CascadeStage.JOINT_COMMITMENT, List.of(PlanWarning.SINGLE_THREADED_CLINICAL)));
    }

    @ParameterizedTest(name = "clinical {0}, IT {1}, stage {2} warns {3}")
    @MethodSource("warnings")
    void warnings_follow_the_stakeholder_map_and_the_cascade(ClinicalStatus clinical, ItStatus it, CascadeStage stage, List<PlanWarning> expected) {
        assertThat(plan(clinical, it, stage).warnings()).containsExactlyElementsOf(expected);
    }

    @Nested
    class Edits {
        @Test
        void an_edit_that_changes_something_moves_the_version_and_the_time() {
            DealPlan before = plan(ClinicalStatus.NOT_ENGAGED, ItStatus.NOT_ENGAGED, CascadeStage.FEASIBILITY_CHECK);
            DealPlan after = before.with(new PlanEdit.SetIt(ItStatus.FEASIBILITY_CHECKED), T0.plusSeconds(9));
            assertThat(after.it()).isEqualTo(ItStatus.FEASIBILITY_CHECKED);
            assertThat(after.version()).isEqualTo(4);
            assertThat(after.updatedAt()).isEqualTo(T0.plusSeconds(9));
            assertThat(before.current(new PlanEdit.SetIt(ItStatus.ENDORSED))).isEqualTo("not_engaged");
        }

        @Test
        void an_edit_to_the_current_value_is_no_change() {
            DealPlan before = plan(ClinicalStatus.CHAMPION, ItStatus.NOT_ENGAGED, CascadeStage.FEASIBILITY_CHECK);
            assertThat(before.with(new PlanEdit.SetClinical(ClinicalStatus.CHAMPION), T0.plusSeconds(9))).isSameAs(before);
        }

        @Test
        void every_edit_survives_its_button_value_and_junk_does_not_parse() {
            List<PlanEdit> edits = List.of(new PlanEdit.SetClinical(ClinicalStatus.ENDORSED), new PlanEdit.SetIt(ItStatus.CHAMPION),
                    new PlanEdit.SetStage(CascadeStage.JOINT_COMMITMENT), new PlanEdit.SetPattern(PatternId.TERRITORIAL_PROTECTION));
            for (PlanEdit edit : edits) {
                assertThat(PlanEdit.parse(edit.encode())).contains(edit);
            }
            assertThat(PlanEdit.parse("it:cheerleader")).isEmpty();
            assertThat(PlanEdit.parse("budget:approved")).isEmpty();
            assertThat(PlanEdit.parse("clinical")).isEmpty();
            assertThat(PlanEdit.parse(null)).isEmpty();
        }
    }

    @Test
    void home_trend_compares_recent_scores_with_earlier_ones() {
        assertThat(HomeTab.Trend.of(List.of(80))).isEqualTo(HomeTab.Trend.NONE);
        assertThat(HomeTab.Trend.of(List.of(82, 78, 60, 55))).isEqualTo(HomeTab.Trend.UP);
        assertThat(HomeTab.Trend.of(List.of(50, 55, 70, 72))).isEqualTo(HomeTab.Trend.DOWN);
        assertThat(HomeTab.Trend.of(List.of(70, 71, 70, 69))).isEqualTo(HomeTab.Trend.FLAT);
    }
}
