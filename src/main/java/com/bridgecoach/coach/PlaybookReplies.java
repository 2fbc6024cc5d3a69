package com.bridgecoach.coach;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.Headings;
import com.bridgecoach.content.Messages;
import com.bridgecoach.content.Notice;
import com.bridgecoach.content.PatternId;
import com.bridgecoach.content.PatternPlaybook;
import com.bridgecoach.content.SeparatorQuestion;
import com.bridgecoach.diagnosis.Certainty;
import com.bridgecoach.diagnosis.Diagnosis;
import com.bridgecoach.interview.InterviewStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns diagnoses and content into replies; the only place the shape of a playbook answer is decided. */
final class PlaybookReplies {
    private final Content content;
    private final InterviewReplies interview;
    private final Headings.Diagnosis words;

    PlaybookReplies(Content content, InterviewReplies interview) {
        this.content = content;
        this.interview = interview;
        this.words = content.messages().headings().diagnosis();
    }

    Reply help() {
        Messages.Help help = content.messages().help();
        List<String> lines = help.commands().stream().map(c -> "`" + c.usage() + "`  " + c.what()).toList();
        return new Reply(help.title(), List.of(
                Reply.Section.text(null, help.intro()),
                new Reply.Section(words.commands(), Reply.Style.LIST, lines),
                new Reply.Section(null, Reply.Style.CONTEXT, List.of(help.tip()))), List.of());
    }

    Reply diagnosis(Diagnosis d) {
        return switch (d.certainty()) {
            case UNCLEAR -> unclear(d);
            case AMBIGUOUS -> ambiguous(d);
            case CONFIDENT -> confident(d);
        };
    }

    /** A confident answer offers what comes next, and the interview for a rep who wants it tailored. */
    private Reply confident(Diagnosis d) {
        Reply answer = playbook(d.pattern(), why(d));
        List<Reply.Action> actions = new ArrayList<>(interview.followUps(d.pattern(), null, null));
        actions.add(interview.walkThrough(List.of(d.pattern())));
        return new Reply(answer.title(), answer.sections(), actions);
    }

    /** The playbook for a pattern, whether it came from free text or from the rep's answer to a question. */
    Reply playbook(PatternId pattern, String why) {
        PatternPlaybook p = content.playbook(pattern);
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(why)));
        sections.add(Reply.Section.text(words.whatsGoingOn(), p.whatsGoingOn()));
        sections.add(Reply.Section.text(words.howToNavigate(), p.howToNavigate()));
        sections.add(new Reply.Section(words.sayNext(), Reply.Style.SAY, p.probingLines()));
        sections.add(new Reply.Section(words.avoid(), Reply.Style.LIST, p.avoid()));
        sections.add(Reply.Section.text(words.nextStep(), p.nextStep()));
        return new Reply(p.name() + ": " + p.headline(), sections, List.of());
    }

    private Reply ambiguous(Diagnosis d) {
        PatternId runnerUp = d.runnerUp();
        Reply lead = playbook(d.pattern(), why(d));
        List<PatternId> candidates = runnerUp.isConflict() ? List.of(d.pattern(), runnerUp) : List.of();
        InterviewStep.Ask q = interview.quickQuestion(candidates);
        String intro = content.messages().notice(Notice.AMBIGUOUS_INTRO, Map.of(
                "first", content.playbook(d.pattern()).name(), "second", content.playbook(runnerUp).name()));
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(Reply.Section.text(null, intro + " " + q.text()));
        sections.addAll(lead.sections());
        List<Reply.Action> actions = new ArrayList<>(interview.answerActions(q));
        actions.add(interview.walkThrough(candidates.isEmpty() ? List.of(d.pattern()) : candidates));
        return new Reply(lead.title(), sections, actions);
    }

    private Reply unclear(Diagnosis d) {
        PatternPlaybook p = content.playbook(PatternId.UNCLEAR);
        InterviewStep.Ask q = interview.quickQuestion(List.of());
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(Reply.Section.text(null, content.messages().notice(Notice.UNCLEAR_INTRO)));
        sections.add(Reply.Section.text(q.text(), p.whatsGoingOn()));
        sections.add(new Reply.Section(words.meanwhileAskThem(), Reply.Style.SAY, p.probingLines()));
        sections.add(Reply.Section.text(words.nextStep(), p.nextStep()));
        List<Reply.Action> actions = new ArrayList<>(interview.answerActions(q));
        actions.add(interview.walkThrough(List.of()));
        return new Reply(p.name() + ": " + p.headline(), sections, actions);
    }

    Reply answered(SeparatorQuestion q, SeparatorQuestion.Answer a) {
        Reply answer = playbook(a.pointsTo(), Headings.fill(words.youSaid(), Map.of("answer", a.label())) + " "
                + Headings.fill(words.readsAs(), Map.of("pattern", content.playbook(a.pointsTo()).name().toLowerCase(java.util.Locale.ROOT))));
        List<Reply.Action> actions = new ArrayList<>(interview.followUps(a.pointsTo(), null, null));
        actions.add(interview.walkThrough(List.of(a.pointsTo())));
        return new Reply(answer.title(), answer.sections(), actions);
    }

    private String why(Diagnosis d) {
        Map<String, Object> values = Map.of("pattern", content.playbook(d.pattern()).name(),
                "percent", Math.min(99, Math.round(d.confidence() * 100)),
                "evidence", d.evidence().stream().map(e -> "\u201c" + e + "\u201d").collect(Collectors.joining(", ")));
        return Headings.fill(d.evidence().isEmpty() ? words.sure() : words.sureFrom(), values);
    }
}
