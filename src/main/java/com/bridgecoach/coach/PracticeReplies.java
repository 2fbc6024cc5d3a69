package com.bridgecoach.coach;

import com.bridgecoach.content.Headings;
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
    private final Headings.Practice words;

    public PracticeReplies(PracticeRubric rubric, Headings.Practice words) {
        this.rubric = rubric;
        this.words = words;
    }

    /** Everything the rep needs before the first line, including how they will be scored. */
    public Reply card(Scenario scenario) {
        PracticePersona p = scenario.persona();
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(new Reply.Section(words.meeting(), Reply.Style.LIST, List.of(
                Headings.fill(words.persona(), Map.of("name", p.name(), "role", p.role())),
                Headings.fill(words.hospital(), Map.of("hospital", p.hospital())),
                Headings.fill(words.ehr(), Map.of("ehr", p.ehr())),
                Headings.fill(words.temperament(), Map.of("temperament", p.temperament())))));
        sections.add(Reply.Section.text(words.situation(), scenario.spec().situation()));
        sections.add(new Reply.Section(words.youKnow(), Reply.Style.LIST, scenario.spec().repKnows()));
        sections.add(Reply.Section.text(words.goal(), scenario.spec().goal()));
        List<String> criteria = rubric.criteria().stream()
                .map(c -> Headings.fill(words.criterion(), Map.of("name", c.name(), "weight", c.weight(), "description", c.description())))
                .toList();
        sections.add(new Reply.Section(words.scoring(), Reply.Style.LIST, criteria));
        sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(
                rubric.scorecard().cardFooter().replace("{name}", firstName(p)).replace("{turns}", String.valueOf(rubric.maxTurns())))));
        return new Reply(Headings.fill(words.cardTitle(), Map.of("title", scenario.spec().title())), sections, List.of());
    }

    public Reply scorecard(Scorecard card, Scenario scenario) {
        PracticePersona p = scenario.persona();
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(Reply.Section.text(null, outcome(card.outcome(), p.name())));
        List<String> lines = card.criteria().stream()
                .map(c -> Headings.fill(words.criterionScore(), Map.of("name", c.name(), "weight", c.weight(), "score", c.score(),
                        "feedback", String.valueOf(c.feedback()))))
                .toList();
        sections.add(new Reply.Section(words.byCriterion(), Reply.Style.LIST, lines));
        sections.add(Reply.Section.text(words.keepDoing(), card.strength()));
        sections.add(Reply.Section.text(words.changeOneThing(), card.fix()));
        sections.add(new Reply.Section(words.tryThisLine(), Reply.Style.SAY, List.of(card.betterLine())));
        sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(
                rubric.scorecard().realConcern().replace("{name}", firstName(p))
                        .replace("{concern}", scenario.fill(scenario.spec().realConcern())))));
        return new Reply(Headings.fill(words.scorecardTitle(), Map.of("score", card.score(), "persona", p.name())), sections, List.of());
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
            sections.addAll(progress(words.yourPractice(), view.own()));
        }
        sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(words.transcriptsPrivate())));
        return new Reply(words.historyTitle(), sections, List.of());
    }

    private List<Reply.Section> progress(String heading, RepProgress rep) {
        List<String> lines = new ArrayList<>();
        for (SessionSummary s : rep.sessions()) {
            String result = s.score() == null ? words.inProgress()
                    : Headings.fill(words.sessionResult(), Map.of("score", s.score(), "outcome", s.outcome().id().replace('_', ' ')));
            lines.add(Headings.fill(words.session(), Map.of("day", DAY.format(s.startedAt()), "scenario", String.valueOf(s.scenarioId()),
                    "persona", String.valueOf(s.personaName()), "result", result, "id", String.valueOf(s.id()))));
        }
        List<Reply.Section> out = new ArrayList<>();
        out.add(new Reply.Section(heading, Reply.Style.LIST, lines));
        if (!rep.averages().isEmpty()) {
            List<String> byCriterion = new ArrayList<>();
            for (PracticeRubric.Criterion c : rubric.criteria()) {
                Integer avg = rep.averages().get(c.id());
                if (avg != null) {
                    byCriterion.add(Headings.fill(words.average(), Map.of("name", c.name(), "average", avg)));
                }
            }
            long scored = rep.sessions().stream().filter(s -> s.score() != null).count();
            String trend = scored < 2 ? words.trendOne()
                    : Headings.fill(rep.trend() > 0 ? words.trendUp() : rep.trend() < 0 ? words.trendDown() : words.trendFlat(),
                            Map.of("points", Math.abs(rep.trend()), "scored", scored));
            byCriterion.add(trend);
            out.add(new Reply.Section(words.averages(), Reply.Style.LIST, byCriterion));
        }
        return out;
    }

    public Reply transcript(Transcript t) {
        List<String> lines = new ArrayList<>();
        for (PracticeSessions.TurnRecord turn : t.turns()) {
            if (turn.number() > 0) {
                lines.add(Headings.fill(words.repSaid(), Map.of("text", String.valueOf(turn.repText()))));
            }
            lines.add(Headings.fill(words.personaSaid(), Map.of("persona", String.valueOf(t.session().personaName()), "text", String.valueOf(turn.reply()))));
        }
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(new Reply.Section(null, Reply.Style.TEXT, lines));
        if (t.session().score() != null) {
            List<String> scores = new ArrayList<>();
            for (var c : t.session().criteria()) {
                scores.add(Headings.fill(words.transcriptScore(), Map.of("name", String.valueOf(c.name()), "score", c.score(), "feedback", String.valueOf(c.feedback()))));
            }
            sections.add(new Reply.Section(Headings.fill(words.scored(), Map.of("score", t.session().score())), Reply.Style.LIST, scores));
        }
        return new Reply(Headings.fill(words.transcriptTitle(), Map.of("scenario", String.valueOf(t.session().scenarioId()),
                "persona", String.valueOf(t.session().personaName()))), sections, List.of());
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
}
