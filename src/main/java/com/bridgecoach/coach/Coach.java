package com.bridgecoach.coach;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.PracticeScenario;
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
import com.bridgecoach.practice.InMemoryPracticeSessions;
import com.bridgecoach.practice.PracticeCoach;
import com.bridgecoach.practice.PracticeSessions;
import com.bridgecoach.practice.Scenario;
import com.bridgecoach.practice.Transcript;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

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
    private final PracticeCoach practice;
    private final PracticeReplies practiceReplies;

    /** A coach whose interview state is sealed with a fixed local key: for the terminal and tests. */
    public Coach(Content content, PatternClassifier classifier, DiagnosisJournal journal, Clock clock) {
        this(content, classifier, journal, new InMemoryPracticeSessions(), clock, InterviewStateCodec.local());
    }

    /** @param interviewState seals the interview state that travels in buttons */
    public Coach(Content content, PatternClassifier classifier, DiagnosisJournal journal, Clock clock,
                 InterviewStateCodec interviewState) {
        this(content, classifier, journal, new InMemoryPracticeSessions(), clock, interviewState);
    }

    /** @param sessions where practice role-plays are kept */
    public Coach(Content content, PatternClassifier classifier, DiagnosisJournal journal, PracticeSessions sessions, Clock clock) {
        this(content, classifier, journal, sessions, clock, InterviewStateCodec.local());
    }

    /**
     * @param sessions       where practice role-plays are kept
     * @param interviewState seals the interview state that travels in buttons; keyed from a secret in Slack
     */
    public Coach(Content content, PatternClassifier classifier, DiagnosisJournal journal, PracticeSessions sessions, Clock clock,
                 InterviewStateCodec interviewState) {
        this.practice = new PracticeCoach(content.practice(), sessions, clock, () -> ThreadLocalRandom.current().nextLong());
        this.practiceReplies = new PracticeReplies(content.practice().rubric(), content.messages().headings().practice());
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
        if (command instanceof CoachCommand.Team t) {
            return team(request.userId(), t.sessionId());
        }
        if (command instanceof CoachCommand.Practice p) {
            PracticeStart start = startPractice(request.userId(), p);
            return start instanceof PracticeStart.Begun b ? b.card() : ((PracticeStart.Refused) start).notice();
        }
        if (command instanceof CoachCommand.Unknown u) {
            return withHelp(content.messages().notice(Notice.UNKNOWN_COMMAND,
                    Map.of("word", u.word(), "suggestion", u.suggestion())));
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
            sections.add(new Reply.Section(translations.asWritten(check), flags.style(), flags.lines()));
        }
        if (t.hasHint()) {
            sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(t.hint())));
        }
        return new Reply(content.messages().headings().translation().messageTitle(), sections, List.of());
    }

    /** The headings and labels around replies, for a surface that frames them itself (the terminal's greeting). */
    public com.bridgecoach.content.Headings headings() {
        return content.messages().headings();
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
            case TRANSLATE -> AnswerValue.claim(value).map(this::translate)
                    .orElseGet(() -> Reply.notice(content.messages().notice(Notice.TRANSLATE_USAGE)));
            case PRACTISE -> Reply.notice(content.messages().notice(Notice.PRACTICE_HINT,
                    Map.of("command", "/coach practice " + practiceFor(value).persona() + " " + practiceFor(value).scenario())));
            case SHARE -> Reply.notice(content.messages().notice(Notice.SHARE_IN_SLACK_ONLY));
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

    /** Reads the text after {@code /coach}; surfaces that run practice threads act on the command themselves. */
    public CoachCommand parse(String text) {
        return parser.parse(text);
    }

    /** Starts a role-play for the named rep (or the one asking): the card to show, and the persona's first line. */
    /**
     * The role-play a "Practise this" button stands for: the CIO in the pattern the answer named
     * (its value is the pattern id, with a variant after a colon), or any scenario when it named none.
     */
    public CoachCommand.Practice practiceFor(String value) {
        String id = value == null ? "" : value.split(":", 2)[0];
        return com.bridgecoach.content.PatternId.find(id).filter(com.bridgecoach.content.PatternId::isConflict)
                .map(p -> new CoachCommand.Practice(null, Audience.CIO.id(), p.id()))
                .orElseGet(() -> new CoachCommand.Practice(null, Audience.CIO.id(), null));
    }

    public PracticeStart startPractice(String starterId, CoachCommand.Practice command) {
        Audience persona = command.persona() == null ? null : Audience.find(command.persona()).orElse(null);
        Optional<PracticeScenario> spec = practice.choose(persona, command.scenario());
        if (spec.isEmpty()) {
            List<PracticeScenario> choices = persona == null ? content.practice().scenarios() : content.practice().scenariosFor(persona);
            return new PracticeStart.Refused(Reply.notice(content.messages().notice(Notice.PRACTICE_UNKNOWN_SCENARIO, Map.of(
                    "persona", persona == null ? content.messages().headings().practice().anyPersona() : persona.id().toUpperCase(java.util.Locale.ROOT),
                    "scenario", String.valueOf(command.scenario()),
                    "choices", String.join(", ", choices.stream().map(PracticeScenario::id).toList())))));
        }
        String rep = command.repId() == null ? starterId : command.repId();
        PracticeCoach.Started started = practice.start(rep, starterId, spec.get());
        Scenario scenario = started.scenario();
        Reply ack = Reply.notice(content.messages().notice(Notice.PRACTICE_STARTED, Map.of(
                "persona", scenario.persona().name(), "rep", rep.equals(starterId) ? content.messages().headings().practice().you() : "<@" + rep + ">")));
        return new PracticeStart.Begun(started.record().id(), rep, practiceReplies.card(scenario), personaLine(scenario, started.opening()), ack);
    }

    /** The scenario card was posted: its thread is where the role-play continues. */
    public void practiceThread(String sessionId, String channel, String threadTs) {
        practice.attachThread(sessionId, channel, threadTs);
    }

    /**
     * A message in a thread: the persona's answer when it is the rep's next turn in a practice session, else nothing.
     * The same message offered twice (a redelivery, a second replica) is answered once.
     */
    /** True when the thread is a practice role-play's. */
    public boolean isPracticeThread(String channel, String threadTs) {
        return practice.isPracticeThread(channel, threadTs);
    }

    public Optional<PracticeAnswer> practiceTurn(String channel, String threadTs, String userId, String messageId, String text) {
        return practice.take(channel, threadTs, userId, messageId, text).map(this::answer);
    }

    /** A turn in a session known by id (the terminal keeps the id instead of a thread). */
    public Optional<PracticeAnswer> practiceTurn(String sessionId, String text) {
        return practice.take(sessionId, null, text).map(this::answer);
    }

    private PracticeAnswer answer(PracticeCoach.Answer a) {
        PersonaLine line = a.turn() == null
                ? null
                : personaLine(a.scenario(), a.turn().reply());
        Reply card = a.card().map(c -> practiceReplies.scorecard(c, a.scenario())).orElse(null);
        return new PracticeAnswer(line, card, a.sessionId(), a.turn() == null ? 0 : a.turn().number());
    }

    /** The posts role-plays still owe their reps in Slack, kept until Slack takes them. */
    public OwedPractice owedPractice() {
        return new OwedPractice(practice, practiceReplies);
    }

    static PersonaLine personaLine(Scenario scenario, String text) {
        return new PersonaLine(scenario.persona().name(), scenario.persona().role(), scenario.persona().hospital(), text);
    }

    private Reply team(String viewer, String sessionId) {
        if (sessionId != null) {
            Optional<Transcript> transcript = practice.transcript(viewer, sessionId);
            return transcript.map(practiceReplies::transcript)
                    .orElseGet(() -> Reply.notice(content.messages().notice(Notice.TRANSCRIPT_PRIVATE)));
        }
        var view = practice.team(viewer);
        return view.empty() ? Reply.notice(content.messages().notice(Notice.TEAM_EMPTY)) : practiceReplies.team(view);
    }
}
