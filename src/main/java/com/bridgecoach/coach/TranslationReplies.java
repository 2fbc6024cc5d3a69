package com.bridgecoach.coach;

import com.bridgecoach.content.ChampionKit;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.Headings;
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
    private final Headings.Translation words;

    TranslationReplies(Content content) {
        this.content = content;
        this.words = content.messages().headings().translation();
    }

    Reply translation(Translation t) {
        List<Reply.Section> sections = new ArrayList<>(versions(t));
        sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(t.hasHint() ? t.hint() : recognised(t))));
        return new Reply(words.title(), sections, List.of());
    }

    List<Reply.Section> versions(Translation t) {
        return List.of(
                new Reply.Section(words.forCmo(), Reply.Style.SAY, List.of(t.cmo())),
                new Reply.Section(words.forCio(), Reply.Style.SAY, List.of(t.cio())),
                new Reply.Section(words.forBoth(), Reply.Style.SAY, List.of(t.bridge())));
    }

    Reply fitCheck(FitCheck check, String draft) {
        List<Reply.Action> actions = draft.length() <= MAX_ACTION_VALUE - 2
                ? List.of(new Reply.Action(Reply.ActionKind.TRANSLATE, words.translateButton(), AnswerValue.translate(draft)))
                : List.of();
        return new Reply(title(check), List.of(flags(check)), actions);
    }

    String title(FitCheck check) {
        return Headings.fill(words.fitTitle(), Map.of("audience", check.audience().id().toUpperCase(Locale.ROOT),
                "fit", check.fit().id(), "score", check.score()));
    }

    /** The fit check's title, when the reply shows the draft as it was written beside its translations. */
    String asWritten(FitCheck check) {
        return Headings.fill(words.asWritten(), Map.of("title", title(check)));
    }

    Reply.Section flags(FitCheck check) {
        List<String> lines = new ArrayList<>();
        for (FitCheck.Flag f : check.flags()) {
            lines.add(Headings.fill(f.kind().equals("missing") ? words.missing() : words.flagged(),
                    Map.of("text", String.valueOf(f.text()), "advice", String.valueOf(f.advice()))));
        }
        if (lines.isEmpty()) {
            lines.add(content.messages().notice(Notice.CHECK_CLEAN, Map.of("audience", check.audience().id().toUpperCase(Locale.ROOT))));
        }
        return new Reply.Section(check.flags().isEmpty() ? null : words.whatToFix(), Reply.Style.LIST, lines);
    }

    Reply kit(ChampionKit kit) {
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(Reply.Section.text(null, kit.intro()));
        for (ChampionKit.Item item : kit.items()) {
            sections.add(new Reply.Section(Headings.fill(words.kitItem(), Map.of("item", item.item())), Reply.Style.LIST,
                    List.of(Headings.fill(words.mustContain(), Map.of("text", item.mustContain())),
                            Headings.fill(words.whyTheyAsk(), Map.of("text", item.whyTheyAsk())))));
        }
        sections.add(Reply.Section.text(words.nextStep(), kit.nextStep()));
        return new Reply(kit.title(), sections, List.of());
    }

    Reply joint(JointPlan plan) {
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(Reply.Section.text(words.when(), plan.when()));
        sections.add(new Reply.Section(words.whoToInvite(), Reply.Style.LIST,
                plan.invite().stream().map(i -> Headings.fill(words.invitee(), Map.of("who", i.who(), "why", i.why()))).toList()));
        sections.add(new Reply.Section(words.invitation(), Reply.Style.SAY,
                List.of(Headings.fill(words.subject(), Map.of("subject", plan.invitation().subject())), plan.invitation().body())));
        sections.add(new Reply.Section(words.agenda(), Reply.Style.LIST,
                plan.agenda().stream().map(a -> Headings.fill(words.agendaItem(), Map.of("minutes", a.minutes(), "item", a.item()))).toList()));
        sections.add(new Reply.Section(words.metrics(), Reply.Style.LIST,
                plan.metrics().stream().map(m -> Headings.fill(words.metric(), Map.of("metric", m.metric(), "cmo", m.cmoWhy(), "cio", m.cioWhy())))
                        .toList()));
        sections.add(new Reply.Section(words.avoid(), Reply.Style.LIST, plan.avoid()));
        return new Reply(plan.title(), sections, List.of());
    }

    private String recognised(Translation t) {
        return Headings.fill(words.builtFrom(), Map.of("concepts", String.join(", ", t.concepts().stream().map(id -> id.replace('_', ' ')).toList())));
    }
}
