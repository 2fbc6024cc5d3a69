package com.bridgecoach.practice;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.PracticeContent;
import com.bridgecoach.content.PracticeScenario;
import com.bridgecoach.practice.PracticeSessions.SessionRecord;
import com.bridgecoach.practice.PracticeSessions.TurnRecord;
import com.bridgecoach.practice.PracticeSessions.TurnSaved;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Runs role-plays that live in the store: start one, take the rep's next turn from whichever replica receives it,
 * finish with a scorecard, and show history. Every turn rebuilds the session from the stored turns, so a restart
 * loses nothing.
 */
public final class PracticeCoach {
    /** Attempts when another message raced this one to the same turn number. */
    static final int ATTEMPTS = 3;

    private final PracticeContent content;
    private final PracticeSessions store;
    private final Clock clock;
    private final LongSupplier random;
    private final TechniqueDetector detector;

    public PracticeCoach(PracticeContent content, PracticeSessions store, Clock clock, LongSupplier random) {
        this.content = content;
        this.store = store;
        this.clock = clock;
        this.random = random;
        this.detector = new TechniqueDetector(content.techniques());
    }

    public PracticeContent content() {
        return content;
    }

    /** The scenario asked for: by persona and id, by id alone, by persona alone (any of theirs), or any at all. */
    public Optional<PracticeScenario> choose(Audience persona, String scenarioId) {
        if (scenarioId != null) {
            return persona == null ? content.scenario(scenarioId) : content.scenario(persona, scenarioId);
        }
        List<PracticeScenario> from = persona == null ? content.scenarios() : content.scenariosFor(persona);
        return from.isEmpty() ? Optional.empty() : Optional.of(from.get((int) Math.floorMod(random.getAsLong(), (long) from.size())));
    }

    /** Creates the session and its opening line; the caller shows the card and attaches the thread. */
    public Started start(String repId, String starterId, PracticeScenario spec) {
        long seed = random.getAsLong();
        Scenario scenario = Scenario.seeded(spec, seed);
        String id = String.format(Locale.ROOT, "%012x", random.getAsLong() & 0xffff_ffff_ffffL);
        SessionRecord record = new SessionRecord(id, repId, starterId, spec.persona(), spec.id(), scenario.variant(), seed,
                null, null, clock.instant(), Outcome.IN_PROGRESS, null, null);
        store.create(record);
        PracticeSession session = PracticeSession.begin(content, detector, scenario, seed);
        store.addTurn(id, new TurnRecord(0, null, "", session.opening(), Move.OPEN, session.trust(), clock.instant()));
        return new Started(record, scenario, session.opening());
    }

    public void attachThread(String sessionId, String channel, String threadTs) {
        store.attachThread(sessionId, channel, threadTs);
    }

    /**
     * A message in a thread. Empty unless it is the rep's new turn in a practice session that is still going:
     * other people's messages, messages answered already and sessions that ended are left alone.
     */
    /** True when the thread is a role-play's: its messages belong to the session, not to free coaching. */
    public boolean isPracticeThread(String channel, String threadTs) {
        return channel != null && threadTs != null && store.findByThread(channel, threadTs).isPresent();
    }

    public Optional<Answer> take(String channel, String threadTs, String userId, String messageId, String text) {
        if (channel == null || threadTs == null) {
            return Optional.empty();
        }
        Optional<SessionRecord> found = store.findByThread(channel, threadTs);
        if (found.isEmpty() || !found.get().repId().equals(userId)) {
            return Optional.empty();
        }
        return take(found.get().id(), messageId, text);
    }

    /** The rep's next turn in a session, by id. */
    public Optional<Answer> take(String sessionId, String messageId, String text) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<SessionRecord> record = store.find(sessionId);
            if (record.isEmpty() || record.get().outcome().over()) {
                return Optional.empty();
            }
            List<TurnRecord> turns = store.turns(sessionId);
            if (messageId != null && turns.stream().anyMatch(t -> messageId.equals(t.repMessageId()))) {
                return Optional.empty();
            }
            PracticeSession session = resume(record.get(), turns);
            if (isEnd(text)) {
                session.end();
                Scorecard card = session.scorecard();
                return store.finish(sessionId, card, clock.instant())
                        ? Optional.of(new Answer(session.scenario(), null, card, sessionId))
                        : Optional.empty();
            }
            Turn turn = session.say(text);
            TurnSaved saved = store.addTurn(sessionId, new TurnRecord(turn.number(), messageId, text, turn.reply(), turn.move(),
                    turn.trustAfter(), clock.instant()));
            if (saved == TurnSaved.DUPLICATE_MESSAGE) {
                return Optional.empty();
            }
            if (saved == TurnSaved.NUMBER_TAKEN) {
                continue;
            }
            Scorecard card = null;
            if (session.outcome().over()) {
                card = session.scorecard();
                if (!store.finish(sessionId, card, clock.instant())) {
                    card = null;
                }
            }
            return Optional.of(new Answer(session.scenario(), turn, card, sessionId));
        }
        return Optional.empty();
    }

    /** The rep's words that end a role-play early. */
    public static boolean isEnd(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).matches("/?(end|stop|end practice|end session)[.!]?");
    }

    private PracticeSession resume(SessionRecord record, List<TurnRecord> turns) {
        PracticeScenario spec = content.scenario(record.persona(), record.scenarioId())
                .orElseThrow(() -> new IllegalStateException("scenario " + record.scenarioId() + " is no longer in the content"));
        int variant = Math.min(record.variant(), spec.variants().size() - 1);
        List<String> said = turns.stream().filter(t -> t.number() > 0).map(TurnRecord::repText).toList();
        return PracticeSession.resume(content, detector, new Scenario(spec, variant), record.seed(), said, false);
    }

    /** The scenario a stored session was played in. */
    public Optional<Scenario> scenarioOf(SessionRecord record) {
        return content.scenario(record.persona(), record.scenarioId())
                .map(spec -> new Scenario(spec, Math.min(record.variant(), spec.variants().size() - 1)));
    }

    /** What a user may see: the sessions they started for others, grouped by rep, and their own. */
    public TeamView team(String viewer) {
        Map<String, List<SessionSummary>> byRep = new LinkedHashMap<>();
        List<SessionSummary> own = new ArrayList<>();
        for (SessionRecord s : store.involving(viewer)) {
            SessionSummary summary = summary(s);
            if (s.repId().equals(viewer)) {
                own.add(summary);
            } else {
                byRep.computeIfAbsent(s.repId(), k -> new ArrayList<>()).add(summary);
            }
        }
        List<RepProgress> reps = byRep.entrySet().stream().map(e -> RepProgress.of(e.getKey(), e.getValue())).toList();
        return new TeamView(reps, own.isEmpty() ? null : RepProgress.of(viewer, own));
    }

    /** A session's transcript, for the rep and whoever started it only. */
    public Optional<Transcript> transcript(String viewer, String sessionId) {
        Optional<SessionRecord> record = store.find(sessionId.strip().toLowerCase(Locale.ROOT));
        if (record.isEmpty() || !record.get().visibleTo(viewer)) {
            return Optional.empty();
        }
        SessionSummary summary = summary(record.get());
        return Optional.of(new Transcript(summary, store.turns(record.get().id())));
    }

    private SessionSummary summary(SessionRecord s) {
        String persona = scenarioOf(s).map(sc -> sc.persona().name()).orElse(s.persona().id().toUpperCase(Locale.ROOT));
        return new SessionSummary(s.id(), s.repId(), s.starterId(), s.persona(), s.scenarioId(), persona, s.createdAt(),
                s.outcome(), s.score(), s.outcome().over() ? store.scores(s.id()) : List.of());
    }

    // ---- posts Slack would not take when they were due: kept, and delivered later ----

    /** Records that the rep has not yet been shown {@code item} (a turn's reply, or {@link PracticeSessions#SCORECARD}). */
    public void owe(String sessionId, int item) {
        store.owe(sessionId, item, clock.instant());
    }

    /** What the role-play in this thread still owes the rep, in the order it was due. */
    public List<PracticeSessions.Owed> owed(String channel, String threadTs) {
        if (channel == null || threadTs == null) {
            return List.of();
        }
        return store.findByThread(channel, threadTs).map(s -> store.owed(s.id())).orElse(List.of());
    }

    /** What one role-play still owes the rep, in the order it was due. */
    public List<PracticeSessions.Owed> owed(String sessionId) {
        return store.owed(sessionId);
    }

    /** What any role-play has owed for no longer than {@code window}, the longest owed first. */
    public List<PracticeSessions.Owed> owedWithin(Duration window, int limit) {
        return store.owedSince(clock.instant().minus(window), limit);
    }

    /** Takes an owed post to deliver; a claim older than {@code lease} is taken over (its replica died mid-post). */
    public boolean claim(PracticeSessions.Owed owed, Duration lease) {
        return store.claimOwed(owed.sessionId(), owed.item(), clock.instant(), clock.instant().minus(lease));
    }

    public void paid(PracticeSessions.Owed owed) {
        store.paid(owed.sessionId(), owed.item());
    }

    public void unclaim(PracticeSessions.Owed owed) {
        store.unclaim(owed.sessionId(), owed.item());
    }

    /** What an owed post says, rebuilt from the stored turns; empty when its session is gone (forgotten, purged). */
    public Optional<Owing> owing(PracticeSessions.Owed owed) {
        Optional<SessionRecord> record = store.find(owed.sessionId());
        if (record.isEmpty()) {
            return Optional.empty();
        }
        List<TurnRecord> turns = store.turns(owed.sessionId());
        Optional<Scenario> scenario = scenarioOf(record.get());
        if (scenario.isEmpty()) {
            return Optional.empty();
        }
        if (owed.scorecard()) {
            if (!record.get().outcome().over()) {
                return Optional.empty();
            }
            List<String> said = turns.stream().filter(t -> t.number() > 0).map(TurnRecord::repText).toList();
            PracticeSession replayed = PracticeSession.resume(content, detector, scenario.get(), record.get().seed(), said, true);
            return Optional.of(new Owing(record.get(), scenario.get(), null, replayed.scorecard()));
        }
        return turns.stream().filter(t -> t.number() == owed.item()).findFirst()
                .map(t -> new Owing(record.get(), scenario.get(), t.reply(), null));
    }

    /**
     * An owed post, ready to say again.
     *
     * @param reply     the persona's words, for an owed reply
     * @param scorecard the scorecard, for an owed scorecard
     */
    public record Owing(SessionRecord session, Scenario scenario, String reply, Scorecard scorecard) {
    }

    /** A session that has just begun: the record, the scenario with its persona, and the persona's first line. */
    public record Started(SessionRecord record, Scenario scenario, String opening) {
    }

    /**
     * The persona's answer to a rep turn.
     *
     * @param turn      null when the rep ended the session
     * @param scorecard present when this turn ended the session
     */
    public record Answer(Scenario scenario, Turn turn, Scorecard scorecard, String sessionId) {
        public Optional<Scorecard> card() {
            return Optional.ofNullable(scorecard);
        }
    }
}
