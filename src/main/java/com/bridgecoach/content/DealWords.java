package com.bridgecoach.content;

import java.util.Map;

/**
 * The coach's words for deal channels and the Home tab ({@code deals.yml}): the shared card, the live
 * plan, the Home tab, and what to tell a rep when Slack refuses. {placeholders} are filled in by the code.
 */
public record DealWords(Share share, Plan plan, Home home, Map<Refusal, String> refusals) {

    public DealWords {
        refusals = Map.copyOf(refusals);
    }

    /** The refusal's words with {placeholders} filled in. */
    public String refusal(Refusal refusal, Map<String, ?> values) {
        return fill(refusals.get(refusal), values);
    }

    public static String fill(String text, Map<String, ?> values) {
        String out = text;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return out;
    }

    /** Sharing a result into the channel. */
    public record Share(String button, String sharedBy, String done, String alreadyPinned) {
    }

    /** The live deal plan pinned in a channel. */
    public record Plan(
            String title,
            String clinical,
            String it,
            String pattern,
            String noPattern,
            String cascade,
            String nextStep,
            String warnings,
            String lastChange,
            Map<ClinicalStatus, String> clinicalStatuses,
            Map<ItStatus, String> itStatuses,
            Map<CascadeStage, Stage> stages,
            Map<PlanWarning, String> warningTexts,
            String setClinical,
            String setIt,
            String stageForward,
            String stageBack,
            String pinned,
            String needsChannel) {

        public Plan {
            clinicalStatuses = Map.copyOf(clinicalStatuses);
            itStatuses = Map.copyOf(itStatuses);
            stages = Map.copyOf(stages);
            warningTexts = Map.copyOf(warningTexts);
        }
    }

    /** One step of the commitment cascade: its name and what to do while the deal is there. */
    public record Stage(String name, String nextStep) {
    }

    /** The rep's Home tab and the forms its buttons open. */
    public record Home(
            String title,
            String intro,
            String recentDiagnoses,
            String noDiagnoses,
            String recentShares,
            String noShares,
            String practice,
            String noPractice,
            String trendUp,
            String trendDown,
            String trendFlat,
            String startDiagnosis,
            String startTranslation,
            String startPractice,
            String formTitle,
            String formSubmit,
            String formCancel,
            String formDone,
            String diagnosisPrompt,
            String translationPrompt,
            String practicePrompt) {
    }
}
