package com.bridgecoach.coach;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.Notice;
import com.bridgecoach.content.SeparatorQuestion;
import com.bridgecoach.diagnosis.Diagnosis;
import com.bridgecoach.diagnosis.PatternClassifier;
import com.bridgecoach.interview.GuidedInterview;
import com.bridgecoach.interview.InterviewStateCodec;
import com.bridgecoach.translation.AudienceTranslator;
import com.bridgecoach.translation.DraftChecker;
import com.bridgecoach.translation.FitCheck;
import com.bridgecoach.translation.Translation;
import com.bridgecoach.content.Audience;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** The coaching engine: a rep's request in, a renderer-neutral {@link Reply} out. */
public final class Coach {
    private final Content content;
    private final PatternClassifier classifier;
    private final DiagnosisJournal journal;
    private final Clock clock;
    private final CommandParser parser = new CommandParser();
    private final PlaybookReplies replies;
    private final InterviewReplies interview;
    private final AudienceTranslator translator;
    private final DraftChecker checker;
    private final TranslationReplies translations;

    /** A coach whose interview state is sealed with a fixed local key: for the terminal and tests. */
    public Coach(Content content, PatternClassifier classifier, DiagnosisJournal journal, Clock clock) {
        this(content, classifier, journal, clock, InterviewStateCodec.local());
    }

    /** @param interviewState seals the interview state that travels in buttons; keyed from a secret in Slack */
    public Coach(Content content, PatternClassifier classifier, DiagnosisJournal journal, Clock clock,
                 InterviewStateCodec interviewState) {
        this.content = content;
        this.classifier = classifier;
        this.journal = journal;
        this.clock = clock;
        this.interview = new InterviewReplies(content, new GuidedInterview(content), interviewState);
        this.replies = new PlaybookReplies(content, interview);
        this.translator = new AudienceTranslator(content.translation());
        this.checker = new DraftChecker(content.translation().lexicon());
        this.translations = new TranslationReplies(content);
    }

    public Reply respond(CoachRequest request) {
        CoachCommand command = parser.parse(request.text());
        if (command instanceof CoachCommand.Diagnose d) {
            Diagnosis diagnosis = diagnose(d.situation());
            journal.record(request.userId(), diagnosis.pattern(), diagnosis.confidence(), clock.instant());
            return replies.diagnosis(diagnosis);
        }
        if (command instanceof CoachCommand.StartInterview) {
            return interview.start();
        }
        if (command instanceof CoachCommand.Translate t) {
            return translate(t.claim());
        }
        if (command instanceof CoachCommand.Check c) {
            return check(c.audience(), c.draft());
        }
        if (command instanceof CoachCommand.Champion c) {
            return translations.kit(content.translation().kit(c.side()));
        }
        if (command instanceof CoachCommand.Joint) {
            return translations.joint(content.translation().joint());
        }
        if (command instanceof CoachCommand.Usage u) {
            return Reply.notice(content.messages().notice(usage(u.command())));
        }
        if (command instanceof CoachCommand.Unknown u) {
            return withHelp(content.messages().notice(Notice.UNKNOWN_COMMAND,
                    Map.of("word", u.word(), "suggestion", u.suggestion())));
        }
        if (command instanceof CoachCommand.Unavailable u) {
            return Reply.notice(content.messages().notice(Notice.NOT_YET_AVAILABLE, Map.of("command", u.command())));
        }
        if (command instanceof CoachCommand.Plan) {
            return Reply.notice(content.messages().notice(Notice.PLAN_IN_SLACK_ONLY));
        }
        if (command instanceof CoachCommand.ForgetMe) {
            return Reply.notice(content.messages().notice(Notice.NOTHING_KEPT));
        }
        if (command instanceof CoachCommand.TooLong t) {
            return Reply.notice(content.messages().notice(Notice.TOO_LONG, Map.of("length", t.length(), "limit", t.limit())));
        }
        return replies.help();
    }

    /** The claim for the CMO, the CIO and both; a usage line or a length notice for bad input. */
    public Reply translate(String claim) {
        return problem(claim, Notice.TRANSLATE_USAGE).orElseGet(() -> translations.translation(translator.translate(claim)));
    }

    /** How well a draft fits its audience (cmo or cio). */
    public Reply check(Audience audience, String draft) {
        return problem(draft, Notice.CHECK_USAGE).orElseGet(() -> translations.fitCheck(checker.check(audience, draft), draft.strip()));
    }

    /**
     * Everything about a message someone wants to reuse: the three versions of its text and how well it
     * fits the CMO and the CIO as written. For the message shortcut.
     */
    public Reply translateMessage(String text) {
        Optional<Reply> problem = problem(text, Notice.NO_TEXT);
        if (problem.isPresent()) {
            return problem.get();
        }
        Translation t = translator.translate(text);
        List<Reply.Section> sections = new ArrayList<>(translations.versions(t));
        for (Audience audience : List.of(Audience.CMO, Audience.CIO)) {
            FitCheck check = checker.check(audience, text);
            Reply.Section flags = translations.flags(check);
            sections.add(new Reply.Section(translations.title(check) + ", as written", flags.style(), flags.lines()));
        }
        if (t.hasHint()) {
            sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(t.hint())));
        }
        return new Reply("Translate for CMO / CIO", sections, List.of());
    }

    public Translation translation(String claim) {
        return translator.translate(claim);
    }

    public FitCheck fitCheck(Audience audience, String draft) {
        return checker.check(audience, draft);
    }

    private Optional<Reply> problem(String text, Notice usage) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.of(Reply.notice(content.messages().notice(usage)));
        }
        if (t.length() > AudienceTranslator.MAX_LENGTH) {
            return Optional.of(Reply.notice(content.messages().notice(Notice.TOO_LONG,
                    Map.of("length", t.length(), "limit", AudienceTranslator.MAX_LENGTH))));
        }
        return Optional.empty();
    }

    private static Notice usage(String command) {
        return switch (command) {
            case "check" -> Notice.CHECK_USAGE;
            case "champion" -> Notice.CHAMPION_USAGE;
            default -> Notice.TRANSLATE_USAGE;
        };
    }

    public Diagnosis diagnose(String situation) {
        return classifier.classify(situation);
    }

    /** The rep clicked an answer to one of the coach's questions; {@code value} is the button's state. */
    public Optional<Reply> answer(String value) {
        Optional<String> claim = AnswerValue.claim(value);
        if (claim.isPresent()) {
            return Optional.of(translate(claim.get()));
        }
        return AnswerValue.parse(value).flatMap(v -> content.separatorById(v.questionId())
                .filter(q -> v.answer() < q.answers().size())
                .map(q -> replies.answered(q, q.answers().get(v.answer()))));
    }

    /**
     * The rep clicked one of the actions a reply offered (a button in Slack, a number in the terminal).
     * A value that cannot be read any more, or was changed on the way, gets a notice that says so.
     */
    public Reply act(Reply.ActionKind kind, String value) {
        return switch (kind) {
            case ANSWER -> answer(value).orElseGet(() -> Reply.notice(content.messages().notice(Notice.STALE_ACTION)));
            case INTERVIEW_ANSWER, BACK, START_OVER, WALK_THROUGH -> interview.continueFrom(value);
            case TRANSLATE -> AnswerValue.claim(value).map(this::translate).orElseGet(() -> interview.comingSoon(kind));
            case PRACTISE, SHARE -> interview.comingSoon(kind);
            case HELP, PLAN, START -> replies.help();
        };
    }

    /** The first question of the guided interview. */
    public Reply startInterview() {
        return interview.start();
    }

    /**
     * Rebuilds a result from the state its Share button carries, without recording anything:
     * the card posted to the channel is the same answer the rep saw.
     */
    public Optional<Reply> shared(String shareValue) {
        return ShareValue.parse(shareValue).flatMap(v -> switch (v.kind()) {
            case DIAGNOSIS -> Optional.of(replies.diagnosis(diagnose(v.payload())));
            case PATTERN -> com.bridgecoach.content.PatternId.find(v.payload())
                    .map(p -> replies.playbook(p, content.playbook(p).name() + "."));
            case ANSWER -> answer(v.payload());
            case INTERVIEW -> Optional.of(interview.continueFrom(v.payload()));
        }).map(r -> new Reply(r.title(), r.sections(), java.util.List.of()));
    }

    public Reply help() {
        return replies.help();
    }

    private Reply withHelp(String notice) {
        Reply help = replies.help();
        return new Reply(notice, help.sections(), help.actions());
    }

    /** Separator questions are content; exposed for renderers that need their wording. */
    public Optional<SeparatorQuestion> question(String id) {
        return content.separatorById(id);
    }
}
