package com.bridgecoach.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The translation's promises, checked over a broad set of claims (technical, clinical, financial, mixed and
 * unrecognisable) written for these tests. The word lists here are the test's own, independent of the
 * content's lexicon, so a lexicon edit cannot quietly weaken what is checked.
 */
class TranslationPropertiesTest {
    /** Architecture words a CMO version must never contain. */
    private static final Pattern CMO_JARGON = Pattern.compile("(?i)(?<![\\p{L}])(APIs?|HL7|FHIR|cloud|encrypt\\w*|SSO|SAML|OAuth"
            + "|interface engines?|interfaces?|architecture|middleware|servers?|database|SaaS|TLS|AES|uptime|SOC ?2|HITRUST"
            + "|integrat\\w*|Kubernetes|microservices?|webhooks?|JSON|latency|endpoints?|ETL|firewall|SLA|on-prem\\w*|ADT|BAA"
            + "|data cent(er|re)|identity provider|authentication)(?![\\p{L}])");
    /** Clinical hype a CIO version, and the bridge, must never contain. */
    private static final Pattern HYPE = Pattern.compile("(?i)\\b(revolutionary|revolutioni[sz]e\\w*|game[- ]chang\\w*|transform(s|ing)? care"
            + "|transformative|cutting[- ]edge|breakthrough|best[- ]in[- ]class|world[- ]class|seamless\\w*|innovative|disruptive"
            + "|groundbreaking|next[- ]gen\\w*|magic\\w*|unprecedented|amazing|life[- ]changing)\\b");
    private static final Pattern CLINICAL_LEAD = Pattern.compile("(?i)\\b(patients?|physicians?|clinicians?|nurses?|care|bedside|medical staff)\\b");
    private static final Pattern OPERATIONAL = Pattern.compile("(?i)\\b(integrat\\w*|security|secured?|support\\w*|analysts?|go-live|implementation"
            + "|environment|interfaces?|service desk|IT|build|connects?)\\b");
    /** Numbers, money, percentages, durations, quarters, as a reader would pick them out. */
    private static final Pattern NUMBER = Pattern.compile("\\$?(?<![\\p{L}\\d.,-])\\d[\\d,]*(\\.\\d+)?\\s?(%|[KMB]\\b|million\\b)?|\\bQ[1-4]\\b");
    private static final Pattern DURATION = Pattern.compile("\\d[\\d,.]*[ -](seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b");
    /** Product and EHR names a reader would expect kept. */
    private static final Pattern NAMES = Pattern.compile("\\b(Epic|Hyperspace|Cerner|Millennium|Meditech|Expanse|MyChart|PowerChart|Haiku|Allscripts"
            + "|Intune|Duo|Philips|Amion|Dragon|Cogito|CommonWell|Carequality|Azure|AWS|Mayo|Intermountain|Zebra|KLAS|Kaiser Permanente|Geisinger)\\b");
    /** Version numbers of standards, which go with the standard's name when the CMO version drops the jargon. */
    private static final Pattern STANDARD_VERSION = Pattern.compile("(?i)\\b(SOC ?2|TLS ?\\d\\.\\d|AES-?256|FHIR R4|SAML ?2\\.0|OAuth ?2\\.0|HITRUST r2|HL7 ?v?2)\\b");

    private static AudienceTranslator translator;

    @BeforeAll
    static void build() {
        translator = new AudienceTranslator(TranslationSamples.content().translation());
    }

    static Stream<TranslationSamples.Claim> claims() {
        return TranslationSamples.claims().stream();
    }

    static Stream<TranslationSamples.Claim> recognisable() {
        return claims().filter(c -> !c.kind().equals("unknown"));
    }

    @Test
    void theClaimSetIsBroad() {
        List<TranslationSamples.Claim> all = TranslationSamples.claims();
        assertThat(all).hasSizeGreaterThanOrEqualTo(120);
        for (String kind : List.of("technical", "clinical", "financial", "mixed", "unknown")) {
            assertThat(all.stream().filter(c -> c.kind().equals(kind)).count()).as(kind).isGreaterThanOrEqualTo(15);
        }
    }

    @ParameterizedTest
    @MethodSource("claims")
    void everyNumberDurationAndNameSurvivesInEveryVersion(TranslationSamples.Claim claim) {
        Translation t = translator.translate(claim.text());
        String withoutStandards = STANDARD_VERSION.matcher(claim.text()).replaceAll(" ");
        for (String fact : facts(claim.text())) {
            assertThat(t.cio()).as("CIO keeps %s", fact).contains(fact);
            assertThat(t.bridge()).as("bridge keeps %s", fact).contains(fact);
        }
        for (String fact : facts(withoutStandards)) {
            assertThat(t.cmo()).as("CMO keeps %s", fact).contains(fact);
        }
    }

    @ParameterizedTest
    @MethodSource("claims")
    void theCmoVersionHasNoArchitectureJargonAndLeadsWithClinicalValue(TranslationSamples.Claim claim) {
        Translation t = translator.translate(claim.text());
        String cmo = t.cmo();
        for (String name : names(claim.text())) {
            cmo = cmo.replace(name, "");
        }
        assertThat(found(CMO_JARGON, cmo)).as(t.cmo()).isEmpty();
        assertThat(CLINICAL_LEAD.matcher(firstSentence(t.cmo())).find()).as(t.cmo()).isTrue();
    }

    /** "For your clinicians, clinicians spend less time…": a connector must not say again what its clause begins with. */
    @ParameterizedTest
    @MethodSource("claims")
    void noConnectorEchoesTheWordItsClauseBeginsWith(TranslationSamples.Claim claim) {
        Translation t = translator.translate(claim.text());
        for (String version : List.of(t.cmo(), t.cio())) {
            assertThat(version).as(version).doesNotContainPattern("(?i)\\b(\\w+), \\1\\b");
        }
    }

    @ParameterizedTest
    @MethodSource("claims")
    void theCioVersionLeadsWithOperationsAndHasNoHype(TranslationSamples.Claim claim) {
        Translation t = translator.translate(claim.text());
        assertThat(found(HYPE, t.cio())).as(t.cio()).isEmpty();
        assertThat(OPERATIONAL.matcher(firstSentence(t.cio())).find()).as(t.cio()).isTrue();
        assertThat(found(OPERATIONAL, t.cio()).size()).as("operational substance in " + t.cio()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("claims")
    void theBridgeCoversOutcomeIntegrationSupportAndRoiInOneStatement(TranslationSamples.Claim claim) {
        Translation t = translator.translate(claim.text());
        String b = t.bridge();
        assertThat(b).containsPattern("(?i)\\b(patients?|clinical|outcomes?)\\b");
        assertThat(b).containsPattern("(?i)\\bintegration\\b");
        assertThat(b).containsPattern("(?i)\\bsupport\\b");
        assertThat(b).containsPattern("\\bROI\\b|(?i:\\breturn\\b)");
        assertThat(found(HYPE, b)).as(b).isEmpty();
        int sentencesInClaim = sentences(claim.text());
        assertThat(sentences(b)).as("one statement beyond the claim's own sentences: " + b).isLessThanOrEqualTo(sentencesInClaim);
    }

    @ParameterizedTest
    @MethodSource("recognisable")
    void aRecognisableClaimGetsNoHint(TranslationSamples.Claim claim) {
        Translation t = translator.translate(claim.text());
        if (t.concepts().isEmpty()) {
            assertThat(t.hint()).isNotBlank();
        } else {
            assertThat(t.hasHint()).isFalse();
        }
    }

    @Test
    void mostRecognisableClaimsAreRecognised() {
        long recognised = recognisable().filter(c -> !translator.translate(c.text()).concepts().isEmpty()).count();
        assertThat((double) recognised / recognisable().count()).isGreaterThanOrEqualTo(0.9);
    }

    @Nested
    class Examples {
        @Test
        void singleSignOnBecomesAWorkflowBenefitForTheCmo() {
            Translation t = translator.translate("Single sign-on from inside Epic Hyperspace");
            assertThat(t.cmo()).contains("Epic Hyperspace").containsIgnoringCase("one login").doesNotContainIgnoringCase("sign-on");
            assertThat(t.cio()).containsIgnoringCase("single sign-on").containsIgnoringCase("identity provider");
        }

        @Test
        void aClinicalClaimBecomesASustainabilityStatementForTheCio() {
            Translation t = translator.translate("cut time to antibiotics by 2 hours");
            assertThat(t.cio()).contains("2 hours").contains("feeds").contains("analysts");
            assertThat(t.concepts()).containsExactly("sepsis");
        }

        @Test
        void hypeIsDroppedForTheCioButTheResultStays() {
            Translation t = translator.translate("Revolutionary AI that will transform care and cut readmissions 20% at every Epic site.");
            assertThat(t.cio()).contains("AI that will improve care and cut readmissions 20% at every Epic site");
        }

        @Test
        void aClaimWithNothingRecognisableStillTranslatesAndGetsAHint() {
            Translation t = translator.translate("Our customers love us.");
            assertThat(t.concepts()).isEmpty();
            assertThat(t.hint()).contains("stronger claim");
            assertThat(t.cmo()).contains("customers love us");
            assertThat(t.cio()).contains("customers love us");
        }

        @Test
        void theSameClaimGetsTheSameWordsAndDifferentClaimsDifferentShells() {
            assertThat(translator.translate("SSO inside Epic").cmo()).isEqualTo(translator.translate("SSO inside Epic").cmo());
            long openers = TranslationSamples.claims().stream().map(c -> firstSentence(translator.translate(c.text()).cmo())).distinct().count();
            assertThat(openers).isGreaterThanOrEqualTo(4);
        }

        @Test
        void anEmptyOrOverlongClaimIsRefused() {
            assertThatThrownBy(() -> translator.translate("  ")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> translator.translate("x".repeat(4001))).hasMessageContaining("4000");
        }
    }

    private static List<String> facts(String text) {
        List<String> facts = new ArrayList<>();
        facts.addAll(found(NUMBER, text));
        facts.addAll(found(DURATION, text));
        facts.addAll(names(text));
        return facts.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    private static List<String> names(String text) {
        return found(NAMES, text);
    }

    private static List<String> found(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static int sentences(String text) {
        String masked = text.replaceAll("\\b(St|Dr|Mr|Ms|a\\.m|p\\.m)\\.", "$1");
        return Math.max(1, masked.split("[.!?](\\s|$)").length);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
