package com.bridgecoach.coach;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.PracticeScenario;
import com.bridgecoach.content.Notice;
import com.bridgecoach.content.SeparatorQuestion;
import com.bridgecoach.diagnosis.Diagnosis;
import com.bridgecoach.diagnosis.PatternClassifier;
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
    private final PracticeCoach practice;
    private final PracticeReplies practiceReplies;

    public Coach(Content content, PatternClassifier classifier, DiagnosisJournal journal, Clock clock) {
        this(content, classifier, journal, new InMemoryPracticeSessions(), clock);
    }

    public Coach(Content content, PatternClassifier classifier, DiagnosisJournal journal, PracticeSessions sessions, Clock clock) {
        this.practice = new PracticeCoach(content.practice(), sessions, clock, () -> ThreadLocalRandom.current().nextLong());
        this.practiceReplies = new PracticeReplies(content.practice().rubric());
        this.content = content;
        this.classifier = classifier;
        this.journal = journal;
        this.clock = clock;
        this.replies = new PlaybookReplies(content);
    }

    public Reply respond(CoachRequest request) {
        CoachCommand command = parser.parse(request.text());
        if (command instanceof CoachCommand.Diagnose d) {
            Diagnosis diagnosis = diagnose(d.situation());
            journal.record(request.userId(), diagnosis.pattern(), diagnosis.confidence(), clock.instant());
            return replies.diagnosis(diagnosis);
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
        if (command instanceof CoachCommand.Unavailable u) {
            return Reply.notice(content.messages().notice(Notice.NOT_YET_AVAILABLE, Map.of("command", u.command())));
        }
        if (command instanceof CoachCommand.TooLong t) {
            return Reply.notice(content.messages().notice(Notice.TOO_LONG, Map.of("length", t.length(), "limit", t.limit())));
        }
        return replies.help();
    }

    public Diagnosis diagnose(String situation) {
        return classifier.classify(situation);
    }

    /** The rep clicked an answer to one of the coach's questions; {@code value} is the button's state. */
    public Optional<Reply> answer(String value) {
        return AnswerValue.parse(value).flatMap(v -> content.separatorById(v.questionId())
                .filter(q -> v.answer() < q.answers().size())
                .map(q -> replies.answered(q, q.answers().get(v.answer()))));
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
    public PracticeStart startPractice(String starterId, CoachCommand.Practice command) {
        Audience persona = command.persona() == null ? null : Audience.find(command.persona()).orElse(null);
        Optional<PracticeScenario> spec = practice.choose(persona, command.scenario());
        if (spec.isEmpty()) {
            List<PracticeScenario> choices = persona == null ? content.practice().scenarios() : content.practice().scenariosFor(persona);
            return new PracticeStart.Refused(Reply.notice(content.messages().notice(Notice.PRACTICE_UNKNOWN_SCENARIO, Map.of(
                    "persona", persona == null ? "CMO or CIO" : persona.id().toUpperCase(java.util.Locale.ROOT),
                    "scenario", String.valueOf(command.scenario()),
                    "choices", String.join(", ", choices.stream().map(PracticeScenario::id).toList())))));
        }
        String rep = command.repId() == null ? starterId : command.repId();
        PracticeCoach.Started started = practice.start(rep, starterId, spec.get());
        Scenario scenario = started.scenario();
        Reply ack = Reply.notice(content.messages().notice(Notice.PRACTICE_STARTED, Map.of(
                "persona", scenario.persona().name(), "rep", rep.equals(starterId) ? "You" : "<@" + rep + ">")));
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
        return new PracticeAnswer(line, card);
    }

    private static PersonaLine personaLine(Scenario scenario, String text) {
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
