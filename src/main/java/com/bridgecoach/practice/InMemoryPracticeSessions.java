package com.bridgecoach.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps sessions in memory: for the terminal, where nothing outlives the process, and for tests. */
public final class InMemoryPracticeSessions implements PracticeSessions {
    private final Map<String, SessionRecord> sessions = new LinkedHashMap<>();
    private final Map<String, List<TurnRecord>> turns = new LinkedHashMap<>();
    private final Map<String, List<Scorecard.CriterionScore>> scores = new LinkedHashMap<>();
    private final Map<List<Object>, Owed> owed = new LinkedHashMap<>();
    private final Map<List<Object>, Instant> claims = new LinkedHashMap<>();

    @Override
    public synchronized void create(SessionRecord session) {
        sessions.put(session.id(), session);
        turns.put(session.id(), new ArrayList<>());
    }

    @Override
    public synchronized void attachThread(String sessionId, String channel, String threadTs) {
        SessionRecord s = sessions.get(sessionId);
        if (s != null) {
            sessions.put(sessionId, new SessionRecord(s.id(), s.repId(), s.starterId(), s.persona(), s.scenarioId(), s.variant(),
                    s.seed(), channel, threadTs, s.createdAt(), s.outcome(), s.score(), s.endedAt()));
        }
    }

    @Override
    public synchronized Optional<SessionRecord> find(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public synchronized Optional<SessionRecord> findByThread(String channel, String threadTs) {
        return sessions.values().stream().filter(s -> channel.equals(s.channel()) && threadTs.equals(s.threadTs())).findFirst();
    }

    @Override
    public synchronized List<TurnRecord> turns(String sessionId) {
        return List.copyOf(turns.getOrDefault(sessionId, List.of()));
    }

    @Override
    public synchronized TurnSaved addTurn(String sessionId, TurnRecord turn) {
        List<TurnRecord> list = turns.computeIfAbsent(sessionId, k -> new ArrayList<>());
        if (turn.repMessageId() != null && list.stream().anyMatch(t -> turn.repMessageId().equals(t.repMessageId()))) {
            return TurnSaved.DUPLICATE_MESSAGE;
        }
        if (list.stream().anyMatch(t -> t.number() == turn.number())) {
            return TurnSaved.NUMBER_TAKEN;
        }
        list.add(turn);
        return TurnSaved.SAVED;
    }

    @Override
    public synchronized boolean finish(String sessionId, Scorecard card, Instant at) {
        SessionRecord s = sessions.get(sessionId);
        if (s == null || s.outcome().over()) {
            return false;
        }
        sessions.put(sessionId, new SessionRecord(s.id(), s.repId(), s.starterId(), s.persona(), s.scenarioId(), s.variant(),
                s.seed(), s.channel(), s.threadTs(), s.createdAt(), card.outcome(), card.score(), at));
        scores.put(sessionId, card.criteria());
        return true;
    }

    @Override
    public synchronized List<SessionRecord> involving(String userId) {
        return sessions.values().stream().filter(s -> s.visibleTo(userId))
                .sorted(Comparator.comparing(SessionRecord::createdAt)).toList();
    }

    @Override
    public synchronized List<Scorecard.CriterionScore> scores(String sessionId) {
        return scores.getOrDefault(sessionId, List.of());
    }

    @Override
    public synchronized void owe(String sessionId, int item, Instant since) {
        owed.putIfAbsent(List.of(sessionId, item), new Owed(sessionId, item, since));
    }

    @Override
    public synchronized List<Owed> owed(String sessionId) {
        return owed.values().stream().filter(o -> o.sessionId().equals(sessionId))
                .sorted(Comparator.comparing((Owed o) -> o.scorecard()).thenComparing(Owed::item)).toList();
    }

    @Override
    public synchronized List<Owed> owedSince(Instant since, int limit) {
        return owed.values().stream().filter(o -> !o.since().isBefore(since))
                .sorted(Comparator.comparing(Owed::since)).limit(limit).toList();
    }

    @Override
    public synchronized boolean claimOwed(String sessionId, int item, Instant now, Instant staleBefore) {
        List<Object> key = List.of(sessionId, item);
        Instant held = claims.get(key);
        if (!owed.containsKey(key) || (held != null && !held.isBefore(staleBefore))) {
            return false;
        }
        claims.put(key, now);
        return true;
    }

    @Override
    public synchronized void paid(String sessionId, int item) {
        owed.remove(List.of(sessionId, item));
        claims.remove(List.of(sessionId, item));
    }

    @Override
    public synchronized void unclaim(String sessionId, int item) {
        claims.remove(List.of(sessionId, item));
    }
}
