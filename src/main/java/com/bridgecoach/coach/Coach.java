package com.bridgecoach.coach;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.Notice;
import com.bridgecoach.content.SeparatorQuestion;
import com.bridgecoach.diagnosis.Diagnosis;
import com.bridgecoach.diagnosis.PatternClassifier;
import com.bridgecoach.interview.GuidedInterview;
import com.bridgecoach.interview.InterviewStateCodec;
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

    /**
     * The rep clicked one of the actions a reply offered (a button in Slack, a number in the terminal).
     * A value that cannot be read any more, or was changed on the way, gets a notice that says so.
     */
    public Reply act(Reply.ActionKind kind, String value) {
        return switch (kind) {
            case ANSWER -> answer(value).orElseGet(() -> Reply.notice(content.messages().notice(Notice.STALE_ACTION)));
            case INTERVIEW_ANSWER, BACK, START_OVER, WALK_THROUGH -> interview.continueFrom(value);
            case TRANSLATE, PRACTISE, SHARE -> interview.comingSoon(kind);
            case HELP -> replies.help();
        };
    }

    /** The first question of the guided interview. */
    public Reply startInterview() {
        return interview.start();
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
