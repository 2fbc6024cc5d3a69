package com.bridgecoach.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings, titles and labels that frame every reply ({@code messages.yml}, {@code headings:}), grouped by the
 * reply they belong to. A {placeholder} is filled in by the code with {@link #fill}; the validator insists that each
 * template has exactly the placeholders its caller fills.
 */
public record Headings(Diagnosis diagnosis, Interview interview, Practice practice, Translation translation, Slack slack,
                       Terminal terminal) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    /**
     * The template with each {key} replaced by its value, in one pass: a value is never read as a template, so a
     * rep's words that happen to contain braces come out as they went in.
     */
    public static String fill(String template, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The playbook answer to a diagnosis, and the help. */
    public record Diagnosis(
            String commands,
            String whatsGoingOn,
            String howToNavigate,
            String sayNext,
            String avoid,
            String nextStep,
            String meanwhileAskThem,
            String sure,
            String sureFrom,
            String youSaid,
            String readsAs) {
    }

    /** The card at the end of the guided interview (the playbook headings come from {@link Diagnosis}). */
    public record Interview(String yourChampion, String championNeeds, String cascadeNext, String fromSituation) {
    }

    /** The role-play's scenario card, scorecard, history and transcript. */
    public record Practice(
            String cardTitle,
            String meeting,
            String persona,
            String hospital,
            String ehr,
            String temperament,
            String situation,
            String youKnow,
            String goal,
            String scoring,
            String criterion,
            String scorecardTitle,
            String byCriterion,
            String criterionScore,
            String keepDoing,
            String changeOneThing,
            String tryThisLine,
            String historyTitle,
            String yourPractice,
            String transcriptsPrivate,
            String session,
            String inProgress,
            String sessionResult,
            String averages,
            String average,
            String trendOne,
            String trendUp,
            String trendDown,
            String trendFlat,
            String transcriptTitle,
            String repSaid,
            String personaSaid,
            String scored,
            String transcriptScore,
            String anyPersona,
            String you) {
    }

    /** Translations, fit checks, champion kits and the joint-meeting plan. */
    public record Translation(
            String title,
            String forCmo,
            String forCio,
            String forBoth,
            String builtFrom,
            String messageTitle,
            String asWritten,
            String translateButton,
            String fitTitle,
            String whatToFix,
            String missing,
            String flagged,
            String kitItem,
            String mustContain,
            String whyTheyAsk,
            String nextStep,
            String when,
            String whoToInvite,
            String invitee,
            String invitation,
            String subject,
            String agenda,
            String agendaItem,
            String metrics,
            String metric,
            String avoid) {
    }

    /** What only Slack shows: the role-play card's attribution, the modal's frame, a cut-short message. */
    public record Slack(String rolePlayFor, String rolePlayStartedBy, String modalTitle, String close, String partsLeftOut) {
    }

    /** What only the terminal shows. */
    public record Terminal(String chatIntro, String practicePrompt) {
    }
}
