package com.bridgecoach.coach;

import com.bridgecoach.content.PracticePersona;
import com.bridgecoach.content.PracticeRubric;
import com.bridgecoach.practice.Outcome;
import com.bridgecoach.practice.PracticeSessions;
import com.bridgecoach.practice.RepProgress;
import com.bridgecoach.practice.SessionSummary;
import com.bridgecoach.practice.TeamView;
import com.bridgecoach.practice.Transcript;
import com.bridgecoach.practice.Scenario;
import com.bridgecoach.practice.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Role-play replies: the scenario card shown before the session, and the scorecard at the end. */
public final class PracticeReplies {
    private final PracticeRubric rubric;

    public PracticeReplies(PracticeRubric rubric) {
        this.rubric = rubric;
    }

    /** Everything the rep needs before the first line, including how they will be scored. */
    public Reply card(Scenario scenario) {
        PracticePersona p = scenario.persona();
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(new Reply.Section("Who you're meeting", Reply.Style.LIST, List.of(
                p.name() + ", " + p.role(),
                "Hospital: " + p.hospital(),
                "EHR: " + p.ehr(),
                "Temperament: " + p.temperament())));
        sections.add(Reply.Section.text("The situation", scenario.spec().situation()));
        sections.add(new Reply.Section("What you know", Reply.Style.LIST, scenario.spec().repKnows()));
        sections.add(Reply.Section.text("Your goal", scenario.spec().goal()));
        List<String> criteria = rubric.criteria().stream()
                .map(c -> c.name() + " (" + c.weight() + "%): " + c.description()).toList();
        sections.add(new Reply.Section("How you'll be scored", Reply.Style.LIST, criteria));
        sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(
                rubric.scorecard().cardFooter().replace("{name}", firstName(p)).replace("{turns}", String.valueOf(rubric.maxTurns())))));
        return new Reply("Practice: " + scenario.spec().title(), sections, List.of());
    }

    public Reply scorecard(Scorecard card, Scenario scenario) {
        PracticePersona p = scenario.persona();
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(Reply.Section.text(null, outcome(card.outcome(), p.name())));
        List<String> lines = card.criteria().stream()
                .map(c -> c.name() + " (" + c.weight() + "%): " + c.score() + "/100. " + c.feedback()).toList();
        sections.add(new Reply.Section("By criterion", Reply.Style.LIST, lines));
        sections.add(Reply.Section.text("Keep doing", card.strength()));
        sections.add(Reply.Section.text("Change one thing", card.fix()));
        sections.add(new Reply.Section("Try this line", Reply.Style.SAY, List.of(card.betterLine())));
        sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(
                rubric.scorecard().realConcern().replace("{name}", firstName(p))
                        .replace("{concern}", scenario.fill(scenario.spec().realConcern())))));
        return new Reply("Scorecard: " + card.score() + "/100 with " + p.name(), sections, List.of());
    }

    String outcome(Outcome outcome, String name) {
        PracticeRubric.Wording w = rubric.scorecard();
        String text = switch (outcome) {
            case WON_OVER -> w.wonOver();
            case WALKED_AWAY -> w.walkedAway();
            case OUT_OF_TURNS -> w.outOfTurns();
            default -> w.endedByRep();
        };
        return text.replace("{name}", name);
    }

    private static String firstName(PracticePersona p) {
        String[] parts = p.name().split(" ");
        return parts[0].toLowerCase(Locale.ROOT).startsWith("dr") && parts.length > 1 ? p.name() : parts[0];
    }

    /** History: per rep (for whoever started their sessions) and one's own, with scores by criterion and the trend. */
    public Reply team(TeamView view) {
        List<Reply.Section> sections = new ArrayList<>();
        for (RepProgress rep : view.reps()) {
            sections.addAll(progress("<@" + rep.repId() + ">", rep));
        }
        if (view.own() != null) {
            sections.addAll(progress("Your practice", view.own()));
        }
        sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(
                "Transcripts are private to the rep and whoever started the session: /coach team <session> opens one.")));
        return new Reply("Practice history", sections, List.of());
    }

    private List<Reply.Section> progress(String heading, RepProgress rep) {
        List<String> lines = new ArrayList<>();
        for (SessionSummary s : rep.sessions()) {
            lines.add(DAY.format(s.startedAt()) + " \u00b7 " + s.scenarioId() + " with " + s.personaName() + " \u00b7 "
                    + (s.score() == null ? "in progress" : s.score() + "/100, " + s.outcome().id().replace('_', ' ')) + " \u00b7 " + s.id());
        }
        List<Reply.Section> out = new ArrayList<>();
        out.add(new Reply.Section(heading, Reply.Style.LIST, lines));
        if (!rep.averages().isEmpty()) {
            List<String> byCriterion = new ArrayList<>();
            for (PracticeRubric.Criterion c : rubric.criteria()) {
                Integer avg = rep.averages().get(c.id());
                if (avg != null) {
                    byCriterion.add(c.name() + ": " + avg + "/100");
                }
            }
            long scored = rep.sessions().stream().filter(s -> s.score() != null).count();
            String trend = scored < 2 ? "Trend: one scored session so far."
                    : "Trend: " + (rep.trend() > 0 ? "up " + rep.trend() : rep.trend() < 0 ? "down " + (-rep.trend()) : "flat")
                    + " from the first scored session to the last (" + scored + " scored).";
            byCriterion.add(trend);
            out.add(new Reply.Section("Average by criterion", Reply.Style.LIST, byCriterion));
        }
        return out;
    }

    public Reply transcript(Transcript t) {
        List<String> lines = new ArrayList<>();
        for (PracticeSessions.TurnRecord turn : t.turns()) {
            if (turn.number() > 0) {
                lines.add("Rep: " + turn.repText());
            }
            lines.add(t.session().personaName() + ": " + turn.reply());
        }
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(new Reply.Section(null, Reply.Style.TEXT, lines));
        if (t.session().score() != null) {
            List<String> scores = new ArrayList<>();
            for (var c : t.session().criteria()) {
                scores.add(c.name() + ": " + c.score() + "/100. " + c.feedback());
            }
            sections.add(new Reply.Section("Scored " + t.session().score() + "/100", Reply.Style.LIST, scores));
        }
        return new Reply("Transcript: " + t.session().scenarioId() + " with " + t.session().personaName(), sections, List.of());
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
}
