package com.bridgecoach.coach;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.Notice;
import com.bridgecoach.content.SeparatorQuestion;
import com.bridgecoach.diagnosis.Diagnosis;
import com.bridgecoach.diagnosis.PatternClassifier;
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

    public Coach(Content content, PatternClassifier classifier, DiagnosisJournal journal, Clock clock) {
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
     * Rebuilds a result from the state its Share button carries, without recording anything:
     * the card posted to the channel is the same answer the rep saw.
     */
    public Optional<Reply> shared(String shareValue) {
        return ShareValue.parse(shareValue).flatMap(v -> switch (v.kind()) {
            case DIAGNOSIS -> Optional.of(replies.diagnosis(diagnose(v.payload())));
            case PATTERN -> com.bridgecoach.content.PatternId.find(v.payload())
                    .map(p -> replies.playbook(p, content.playbook(p).name() + "."));
            case ANSWER -> answer(v.payload());
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
