package com.bridgecoach.coach;

import com.bridgecoach.content.ChampionKit;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.JointPlan;
import com.bridgecoach.content.Notice;
import com.bridgecoach.translation.FitCheck;
import com.bridgecoach.translation.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns translations, fit checks, champion kits and the joint plan into replies. */
final class TranslationReplies {
    /** Slack's limit on a button value; a longer draft is not offered for translation by button. */
    static final int MAX_ACTION_VALUE = 2_000;

    private final Content content;

    TranslationReplies(Content content) {
        this.content = content;
    }

    Reply translation(Translation t) {
        List<Reply.Section> sections = new ArrayList<>(versions(t));
        sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(t.hasHint() ? t.hint() : recognised(t))));
        return new Reply("Your claim, for the CMO, the CIO and both", sections, List.of());
    }

    List<Reply.Section> versions(Translation t) {
        return List.of(
                new Reply.Section("For the CMO", Reply.Style.SAY, List.of(t.cmo())),
                new Reply.Section("For the CIO", Reply.Style.SAY, List.of(t.cio())),
                new Reply.Section("For both (bridge)", Reply.Style.SAY, List.of(t.bridge())));
    }

    Reply fitCheck(FitCheck check, String draft) {
        List<Reply.Action> actions = draft.length() <= MAX_ACTION_VALUE - 2
                ? List.of(new Reply.Action(Reply.ActionKind.TRANSLATE, "Translate this for both", AnswerValue.translate(draft)))
                : List.of();
        return new Reply(title(check), List.of(flags(check)), actions);
    }

    String title(FitCheck check) {
        return "Fit for the " + check.audience().id().toUpperCase(Locale.ROOT) + ": " + check.fit().id()
                + " (" + check.score() + "/100)";
    }

    Reply.Section flags(FitCheck check) {
        List<String> lines = new ArrayList<>();
        for (FitCheck.Flag f : check.flags()) {
            lines.add(f.kind().equals("missing") ? "Missing: " + f.text() + ". " + f.advice() : "\u201c" + f.text() + "\u201d: " + f.advice());
        }
        if (lines.isEmpty()) {
            lines.add(content.messages().notice(Notice.CHECK_CLEAN, Map.of("audience", check.audience().id().toUpperCase(Locale.ROOT))));
        }
        return new Reply.Section(check.flags().isEmpty() ? null : "What to fix", Reply.Style.LIST, lines);
    }

    Reply kit(ChampionKit kit) {
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(Reply.Section.text(null, kit.intro()));
        for (ChampionKit.Item item : kit.items()) {
            sections.add(new Reply.Section("\u2610 " + item.item(), Reply.Style.LIST,
                    List.of("Must contain: " + item.mustContain(), "Why they ask: " + item.whyTheyAsk())));
        }
        sections.add(Reply.Section.text("Next step", kit.nextStep()));
        return new Reply(kit.title(), sections, List.of());
    }

    Reply joint(JointPlan plan) {
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(Reply.Section.text("When", plan.when()));
        sections.add(new Reply.Section("Who to invite", Reply.Style.LIST,
                plan.invite().stream().map(i -> i.who() + ": " + i.why()).toList()));
        sections.add(new Reply.Section("The invitation", Reply.Style.SAY,
                List.of("Subject: " + plan.invitation().subject(), plan.invitation().body())));
        sections.add(new Reply.Section("Agenda", Reply.Style.LIST,
                plan.agenda().stream().map(a -> a.minutes() + " min: " + a.item()).toList()));
        sections.add(new Reply.Section("Shared success metrics", Reply.Style.LIST,
                plan.metrics().stream().map(m -> m.metric() + ". Why the CMO cares: " + m.cmoWhy() + " Why the CIO cares: " + m.cioWhy()).toList()));
        sections.add(new Reply.Section("Avoid", Reply.Style.LIST, plan.avoid()));
        return new Reply(plan.title(), sections, List.of());
    }

    private static String recognised(Translation t) {
        return "Built from: " + String.join(", ", t.concepts().stream().map(id -> id.replace('_', ' ')).toList()) + ".";
    }
}
