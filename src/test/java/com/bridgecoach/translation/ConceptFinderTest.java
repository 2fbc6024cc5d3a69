package com.bridgecoach.translation;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.ConceptKind;
import com.bridgecoach.content.ConceptNegation;
import com.bridgecoach.content.TranslationConcept;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A concept a claim says is absent counts as its opposite, or not at all when nothing stands in for it, within the
 * clause that says so and no further.
 */
class ConceptFinderTest {
    private final ConceptFinder finder = new ConceptFinder(List.of(
            concept("cloud_hosting", "cloud", "hosted"),
            concept("on_premise", "on-prem", "behind your firewall"),
            concept("hl7_interfaces", "interfaces"),
            concept("downtime", "downtime"),
            concept("training", "training")),
            new ConceptNegation(List.of("no", "nothing", "doesn't"), 4, Map.of("on_premise", "cloud_hosting", "cloud_hosting", "on_premise"),
                    List.of("training")));

    @Test
    void anAbsentConceptMeansItsOpposite() {
        assertThat(ids("needs no on-prem servers")).containsExactly("cloud_hosting");
        assertThat(ids("Nothing goes to the cloud")).containsExactly("on_premise");
        assertThat(ids("it doesn't need the cloud")).containsExactly("on_premise");
    }

    @Test
    void aConceptSaidPlainlyIsItself() {
        assertThat(ids("runs on-prem, behind your firewall")).containsExactly("on_premise");
        assertThat(ids("hosted in the cloud")).containsExactly("cloud_hosting");
    }

    @Test
    void aNegatorDoesNotReachPastItsClauseOrItsScope() {
        assertThat(ids("zero tickets, no downtime and hosted for you")).containsExactly("downtime", "cloud_hosting");
        assertThat(ids("no downtime, hosted for you")).containsExactly("downtime", "cloud_hosting");
        assertThat(ids("no patching is ever required by the cloud")).containsExactly("cloud_hosting");
    }

    @Test
    void anAbsentConceptWithoutAnOppositeIsKept() {
        assertThat(ids("no new interfaces to build")).containsExactly("hl7_interfaces");
    }

    @Test
    void aDroppedConceptSaidAbsentIsLeftOutAndSaidPlainlyIsKept() {
        assertThat(ids("hosted, and nurses need no training")).containsExactly("cloud_hosting");
        assertThat(ids("we include training and hosting in the cloud")).containsExactly("training", "cloud_hosting");
    }

    @Test
    void theShippedContentPromisesNothingAClaimRulesOut() {
        AudienceTranslator translator = new AudienceTranslator(TranslationSamples.content().translation());
        Translation noTraining = translator.translate("Intuitive enough that nurses need no training");
        assertThat(noTraining.concepts()).doesNotContain("training");
        assertThat(noTraining.cmo() + noTraining.cio()).doesNotContainIgnoringCase("elbow").doesNotContain("delivers the training");
        Translation noMigration = translator.translate("Go live without a data migration");
        assertThat(noMigration.concepts()).doesNotContain("data_migration");
        assertThat(noMigration.cio()).doesNotContain("historical data is converted");
        Translation zeroDowntime = translator.translate("Zero downtime upgrades");
        assertThat(zeroDowntime.concepts()).contains("uptime").doesNotContain("downtime_procedures");
        assertThat(zeroDowntime.cmo()).doesNotContain("while systems are down");
    }

    @Test
    void theShippedContentDoesNotPromiseOnSiteHostingForAClaimThatRulesItOut() {
        Translation t = new AudienceTranslator(TranslationSamples.content().translation())
                .translate("Remote monitoring cut readmissions 18% and needs no on-prem servers");
        assertThat(t.concepts()).contains("cloud_hosting").doesNotContain("on_premise");
        assertThat(t.cio()).doesNotContain("your own data center");
        assertThat(t.cmo()).contains("no hardware in the hospital").doesNotContain("inside the hospital's own walls");
    }

    private List<String> ids(String claim) {
        return finder.find(claim).stream().map(TranslationConcept::id).toList();
    }

    private static TranslationConcept concept(String id, String... match) {
        return new TranslationConcept(id, ConceptKind.TECHNICAL, List.of(match), "clinical " + id, "technical " + id, "financial " + id);
    }
}
