package com.bridgecoach.coach;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.Headings;
import com.bridgecoach.content.InterviewScript;
import com.bridgecoach.content.Notice;
import com.bridgecoach.content.PatternId;
import com.bridgecoach.content.PatternPlaybook;
import com.bridgecoach.interview.GuidedInterview;
import com.bridgecoach.interview.InterviewState;
import com.bridgecoach.interview.InterviewStateCodec;
import com.bridgecoach.interview.InterviewStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns interview steps into replies: a question with its answers as actions, or the result card. */
final class InterviewReplies {
    private final Content content;
    private final InterviewScript.Labels labels;
    private final Headings.Diagnosis playbookWords;
    private final Headings.Interview words;
    private final GuidedInterview interview;
    private final InterviewStateCodec codec;

    InterviewReplies(Content content, GuidedInterview interview, InterviewStateCodec codec) {
        this.content = content;
        this.labels = content.interview().labels();
        this.playbookWords = content.messages().headings().diagnosis();
        this.words = content.messages().headings().interview();
        this.interview = interview;
        this.codec = codec;
    }

    /** The reply for a state a button carried; a changed or outdated state gets a notice, never a guess. */
    Reply continueFrom(String token) {
        InterviewStateCodec.Reading reading = codec.decode(token);
        if (reading instanceof InterviewStateCodec.Reading.Valid valid) {
            return reply(interview.next(valid.state()));
        }
        Notice notice = reading instanceof InterviewStateCodec.Reading.Stale ? Notice.INTERVIEW_STALE : Notice.INTERVIEW_TAMPERED;
        return Reply.notice(content.messages().notice(notice));
    }

    Reply start() {
        return reply(interview.next(InterviewState.fresh()));
    }

    /** The question that settles what a free-text diagnosis left open, as a step. */
    InterviewStep.Ask quickQuestion(List<PatternId> candidates) {
        InterviewStep step = interview.next(InterviewState.quick(candidates));
        if (step instanceof InterviewStep.Ask ask) {
            return ask;
        }
        throw new IllegalStateException("a fresh single-question interview always asks");
    }

    List<Reply.Action> answerActions(InterviewStep.Ask ask) {
        List<Reply.Action> actions = new ArrayList<>();
        for (InterviewStep.Option o : ask.options()) {
            actions.add(new Reply.Action(Reply.ActionKind.INTERVIEW_ANSWER, o.label(), codec.encode(o.next())));
        }
        return actions;
    }

    Reply.Action walkThrough(List<PatternId> candidates) {
        return new Reply.Action(Reply.ActionKind.WALK_THROUGH, labels.walkThrough(), codec.encode(InterviewState.seeded(candidates)));
    }

    /**
     * Translate and Practise: what every finished answer offers next; Share too when the answer can be
     * rebuilt from {@code share} (free-text diagnoses get theirs where they are shown, from the rep's words).
     */
    List<Reply.Action> followUps(PatternId pattern, String variant, ShareValue share) {
        String about = variant == null ? pattern.id() : pattern.id() + ":" + variant;
        List<Reply.Action> actions = new ArrayList<>(List.of(
                new Reply.Action(Reply.ActionKind.TRANSLATE, labels.translate(), about),
                new Reply.Action(Reply.ActionKind.PRACTISE, labels.practise(), about)));
        if (share != null) {
            actions.add(new Reply.Action(Reply.ActionKind.SHARE, labels.share(), share.encode()));
        }
        return actions;
    }


    Reply reply(InterviewStep step) {
        if (step instanceof InterviewStep.Ask ask) {
            return question(ask);
        }
        if (step instanceof InterviewStep.Finding finding) {
            return card(finding);
        }
        return Reply.notice(content.messages().notice(Notice.INTERVIEW_STALE));
    }

    private Reply question(InterviewStep.Ask ask) {
        List<Reply.Section> sections = new ArrayList<>();
        InterviewState state = ask.state();
        if (state.mode() == InterviewState.Mode.FULL && ask.number() == 1) {
            sections.add(Reply.Section.text(null, labels.intro()));
        }
        sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(labels.progress().replace("{n}", String.valueOf(ask.number())))));
        List<Reply.Action> actions = new ArrayList<>(answerActions(ask));
        actions.addAll(navigation(state));
        return new Reply(ask.text(), sections, actions);
    }

    private Reply card(InterviewStep.Finding f) {
        PatternPlaybook p = content.playbook(f.pattern());
        List<Reply.Section> sections = new ArrayList<>();
        String title = f.variant().map(v -> p.name() + " (" + v.name().toLowerCase(java.util.Locale.ROOT) + ")").orElse(p.name())
                + ": " + p.headline();
        sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(why(f))));
        sections.add(Reply.Section.text(playbookWords.whatsGoingOn(), p.whatsGoingOn()));
        f.variant().ifPresent(v -> sections.add(Reply.Section.text(v.name(), v.read())));
        f.champion().ifPresent(c -> {
            sections.add(Reply.Section.text(Headings.fill(words.yourChampion(), Map.of("name", c.name())), c.situation()));
            sections.add(new Reply.Section(words.championNeeds(), Reply.Style.LIST, c.needs()));
            sections.add(Reply.Section.text(null, c.risk()));
        });
        sections.add(new Reply.Section(playbookWords.sayNext(), Reply.Style.SAY,
                f.variant().map(InterviewScript.Variant::probingLines).orElse(p.probingLines())));
        sections.add(new Reply.Section(playbookWords.avoid(), Reply.Style.LIST, p.avoid()));
        sections.add(Reply.Section.text(playbookWords.nextStep(), p.nextStep()));
        f.stage().ifPresent(s -> sections.add(Reply.Section.text(Headings.fill(words.cascadeNext(), Map.of("stage", s.name())), s.nextStep())));
        List<Reply.Action> actions = new ArrayList<>(followUps(f.pattern(), f.variant().map(InterviewScript.Variant::id).orElse(null),
                new ShareValue(ShareValue.Kind.INTERVIEW, codec.encode(f.state()))));
        if (f.state().mode() == InterviewState.Mode.QUICK) {
            actions.add(walkThrough(List.of(f.pattern())));
        }
        actions.addAll(navigation(f.state()));
        return new Reply(title, sections, actions);
    }

    private List<Reply.Action> navigation(InterviewState state) {
        List<Reply.Action> actions = new ArrayList<>();
        if (state.canGoBack()) {
            actions.add(new Reply.Action(Reply.ActionKind.BACK, labels.back(), codec.encode(state.back())));
        }
        if (state.mode() == InterviewState.Mode.FULL && (state.canGoBack() || !state.candidates().isEmpty())) {
            actions.add(new Reply.Action(Reply.ActionKind.START_OVER, labels.startOver(), codec.encode(InterviewState.fresh())));
        }
        return actions;
    }

    private String why(InterviewStep.Finding f) {
        String said = f.said().stream().map(s -> "\u201c" + s + "\u201d").collect(Collectors.joining(", "));
        String reading = content.playbook(f.pattern()).name();
        if (f.state().candidates().size() == 1 && f.state().mode() == InterviewState.Mode.FULL) {
            reading = Headings.fill(words.fromSituation(), Map.of("pattern", reading));
        }
        return said.isEmpty() ? reading + "." : labels.fromAnswers() + ": " + said + ". " + Headings.fill(playbookWords.readsAs(), Map.of("pattern", reading));
    }
}
