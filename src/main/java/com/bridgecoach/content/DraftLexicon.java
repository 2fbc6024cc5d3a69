package com.bridgecoach.content;

import java.util.List;

/**
 * The words a draft is checked against, and what the coach says about them. Terms match whole words,
 * case-insensitively; a term ending in {@code *} matches any word that starts with it.
 *
 * @param jargon             architecture words a CMO should not get, with what to say instead
 * @param hype               clinical hype a CIO distrusts, with a sober replacement ("" drops it)
 * @param efficiency         productivity and ROI words that need a clinical reason beside them for a CMO
 * @param clinicalValue      the substance a CMO listens for
 * @param integration        integration substance a CIO listens for
 * @param security           security substance a CIO listens for
 * @param support            support and implementation substance a CIO listens for
 * @param scoring            how much each problem costs, and the pass mark
 * @param advice             what the coach says about each kind of flag
 */
public record DraftLexicon(
        List<Term> jargon,
        List<Term> hype,
        List<String> efficiency,
        List<String> clinicalValue,
        List<String> integration,
        List<String> security,
        List<String> support,
        Scoring scoring,
        Advice advice) {

    public DraftLexicon {
        jargon = List.copyOf(jargon);
        hype = List.copyOf(hype);
        efficiency = List.copyOf(efficiency);
        clinicalValue = List.copyOf(clinicalValue);
        integration = List.copyOf(integration);
        security = List.copyOf(security);
        support = List.copyOf(support);
    }

    /** A term to flag and the words to use instead. */
    public record Term(String term, String sayInstead) {
    }

    /**
     * Points taken off a draft's 100.
     *
     * @param threshold a draft at or above this score fits its audience
     */
    public record Scoring(
            int threshold,
            int jargonEach,
            int jargonMax,
            int hypeEach,
            int hypeMax,
            int wrongLens,
            int efficiencyWithoutClinicalValue,
            int enthusiasmWithoutSubstance,
            int missingClinicalValue,
            int missingEach) {
    }

    /**
     * Advice per flag kind; {@code {term}}, {@code {instead}} and {@code {missing}} are filled in. The second and
     * later jargon or hype flags of one draft get the short form ({@code jargonAgain}, {@code hypeAgain}): the rep
     * has read the reason once.
     */
    public record Advice(
            String jargon,
            String jargonAgain,
            String hype,
            String hypeAgain,
            String wrongLensCmo,
            String wrongLensCio,
            String efficiencyWithoutClinicalValue,
            String enthusiasmWithoutSubstance,
            String missingClinicalValue,
            String missingIntegration,
            String missingSecurity,
            String missingSupport,
            String missingClinicalText,
            String missingIntegrationText,
            String missingSecurityText,
            String missingSupportText) {
    }
}
