package com.bridgecoach.coach;

import com.bridgecoach.content.PracticePersona;
import com.bridgecoach.content.PracticeRubric;
import com.bridgecoach.practice.Outcome;
import com.bridgecoach.practice.Scenario;
import com.bridgecoach.practice.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
                "Speak to " + firstName(p) + " in this thread, one message per turn. The role-play ends after "
                        + rubric.maxTurns() + " turns, when " + firstName(p) + " is won over or walks out, or when you type end.")));
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
}
