package com.bridgecoach.store;

import com.bridgecoach.coach.KeptRecords;
import com.bridgecoach.content.Audience;
import com.bridgecoach.deals.PracticeHistory;
import com.bridgecoach.practice.Move;
import com.bridgecoach.practice.Outcome;
import com.bridgecoach.practice.PracticeSessions;
import com.bridgecoach.practice.Scorecard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Practice sessions in the store. Turns are unique per (session, rep message), so replicas agree on who answers. */
public final class JdbcPracticeSessions implements PracticeSessions, KeptRecords, PracticeHistory {
    private static final String COLUMNS = "id, rep_id, starter_id, persona, scenario_id, variant, seed, channel_id, thread_ts, "
            + "outcome, score, created_at, ended_at";

    /** Who started a session once the starter asked to be forgotten. */
    static final String FORGOTTEN = "forgotten";

    private final Database db;

    public JdbcPracticeSessions(Database db) {
        this.db = db;
    }

    @Override
    public void create(SessionRecord s) {
        update("INSERT INTO practice_sessions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", st -> {
            st.setString(1, s.id());
            st.setString(2, s.repId());
            st.setString(3, s.starterId());
            st.setString(4, s.persona().id());
            st.setString(5, s.scenarioId());
            st.setInt(6, s.variant());
            st.setLong(7, s.seed());
            st.setString(8, s.channel());
            st.setString(9, s.threadTs());
            st.setString(10, s.outcome().id());
            if (s.score() == null) {
                st.setNull(11, Types.INTEGER);
            } else {
                st.setInt(11, s.score());
            }
            st.setLong(12, s.createdAt().toEpochMilli());
            if (s.endedAt() == null) {
                st.setNull(13, Types.BIGINT);
            } else {
                st.setLong(13, s.endedAt().toEpochMilli());
            }
        });
    }

    @Override
    public void attachThread(String sessionId, String channel, String threadTs) {
        update("UPDATE practice_sessions SET channel_id = ?, thread_ts = ? WHERE id = ?", st -> {
            st.setString(1, channel);
            st.setString(2, threadTs);
            st.setString(3, sessionId);
        });
    }

    @Override
    public Optional<SessionRecord> find(String sessionId) {
        return query("SELECT " + COLUMNS + " FROM practice_sessions WHERE id = ?", st -> st.setString(1, sessionId))
                .stream().findFirst();
    }

    @Override
    public Optional<SessionRecord> findByThread(String channel, String threadTs) {
        return query("SELECT " + COLUMNS + " FROM practice_sessions WHERE channel_id = ? AND thread_ts = ?", st -> {
            st.setString(1, channel);
            st.setString(2, threadTs);
        }).stream().findFirst();
    }

    @Override
    public List<TurnRecord> turns(String sessionId) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT turn_no, rep_message_id, rep_text, reply, move, trust_after, created_at "
                     + "FROM practice_turns WHERE session_id = ? ORDER BY turn_no")) {
            st.setString(1, sessionId);
            List<TurnRecord> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new TurnRecord(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Move.valueOf(rs.getString(5)), rs.getInt(6), Instant.ofEpochMilli(rs.getLong(7))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public TurnSaved addTurn(String sessionId, TurnRecord turn) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO practice_turns (session_id, turn_no, rep_message_id, rep_text, "
                     + "reply, move, trust_after, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, sessionId);
            st.setInt(2, turn.number());
            st.setString(3, turn.repMessageId());
            st.setString(4, turn.repText());
            st.setString(5, turn.reply());
            st.setString(6, turn.move().name());
            st.setInt(7, turn.trustAfter());
            st.setLong(8, turn.at().toEpochMilli());
            st.executeUpdate();
            return TurnSaved.SAVED;
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw unavailable(e);
            }
        }
        if (turn.repMessageId() != null && messageTaken(sessionId, turn.repMessageId())) {
            return TurnSaved.DUPLICATE_MESSAGE;
        }
        return TurnSaved.NUMBER_TAKEN;
    }

    private boolean messageTaken(String sessionId, String messageId) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT 1 FROM practice_turns WHERE session_id = ? AND rep_message_id = ?")) {
            st.setString(1, sessionId);
            st.setString(2, messageId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean finish(String sessionId, Scorecard card, Instant at) {
        try {
            return Transactions.inTransaction(db, c -> {
                int changed;
                try (PreparedStatement st = c.prepareStatement("UPDATE practice_sessions SET outcome = ?, score = ?, strength = ?, "
                        + "fix = ?, ended_at = ? WHERE id = ? AND outcome = ?")) {
                    st.setString(1, card.outcome().id());
                    st.setInt(2, card.score());
                    st.setString(3, card.strength());
                    st.setString(4, card.fix());
                    st.setLong(5, at.toEpochMilli());
                    st.setString(6, sessionId);
                    st.setString(7, Outcome.IN_PROGRESS.id());
                    changed = st.executeUpdate();
                }
                if (changed == 1) {
                    try (PreparedStatement st = c.prepareStatement("INSERT INTO practice_scores (session_id, criterion_id, name, weight, "
                            + "score, feedback) VALUES (?, ?, ?, ?, ?, ?)")) {
                        for (Scorecard.CriterionScore s : card.criteria()) {
                            st.setString(1, sessionId);
                            st.setString(2, s.id());
                            st.setString(3, s.name());
                            st.setInt(4, s.weight());
                            st.setInt(5, s.score());
                            st.setString(6, s.feedback());
                            st.addBatch();
                        }
                        st.executeBatch();
                    }
                }
                return changed == 1;
            });
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public List<SessionRecord> involving(String userId) {
        return query("SELECT " + COLUMNS + " FROM practice_sessions WHERE rep_id = ? OR starter_id = ? ORDER BY created_at, id", st -> {
            st.setString(1, userId);
            st.setString(2, userId);
        });
    }

    @Override
    public List<Scorecard.CriterionScore> scores(String sessionId) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT criterion_id, name, weight, score, feedback FROM practice_scores "
                     + "WHERE session_id = ? ORDER BY weight DESC, criterion_id")) {
            st.setString(1, sessionId);
            List<Scorecard.CriterionScore> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Scorecard.CriterionScore(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void owe(String sessionId, int item, Instant since) {
        try {
            update("INSERT INTO practice_owed (session_id, item, owed_since) VALUES (?, ?, ?)", st -> {
                st.setString(1, sessionId);
                st.setInt(2, item);
                st.setLong(3, since.toEpochMilli());
            });
        } catch (StoreException e) {
            if (!(e.getCause() instanceof SQLException sql) || !isUniqueViolation(sql)) {
                throw e;
            }
        }
    }

    @Override
    public List<Owed> owed(String sessionId) {
        List<Owed> owed = owedWhere("session_id = ?", st -> st.setString(1, sessionId), Integer.MAX_VALUE);
        // replies in turn order, then the scorecard
        return owed.stream().sorted(java.util.Comparator.comparing(Owed::scorecard).thenComparing(Owed::item)).toList();
    }

    @Override
    public List<Owed> owedSince(Instant since, int limit) {
        return owedWhere("owed_since >= ?", st -> st.setLong(1, since.toEpochMilli()), limit);
    }

    private List<Owed> owedWhere(String where, Binder bind, int limit) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT session_id, item, owed_since FROM practice_owed WHERE " + where
                     + " ORDER BY owed_since, session_id, item")) {
            bind.bind(st);
            List<Owed> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next() && out.size() < limit) {
                    out.add(new Owed(rs.getString(1), rs.getInt(2), Instant.ofEpochMilli(rs.getLong(3))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** One UPDATE decides between replicas: only a claim that finds the row free (or its holder gone) changes it. */
    @Override
    public boolean claimOwed(String sessionId, int item, Instant now, Instant staleBefore) {
        return update("UPDATE practice_owed SET claimed_at = ? WHERE session_id = ? AND item = ? "
                + "AND (claimed_at IS NULL OR claimed_at < ?)", st -> {
            st.setLong(1, now.toEpochMilli());
            st.setString(2, sessionId);
            st.setInt(3, item);
            st.setLong(4, staleBefore.toEpochMilli());
        }) == 1;
    }

    @Override
    public void paid(String sessionId, int item) {
        update("DELETE FROM practice_owed WHERE session_id = ? AND item = ?", st -> {
            st.setString(1, sessionId);
            st.setInt(2, item);
        });
    }

    @Override
    public void unclaim(String sessionId, int item) {
        update("UPDATE practice_owed SET claimed_at = NULL WHERE session_id = ? AND item = ?", st -> {
            st.setString(1, sessionId);
            st.setInt(2, item);
        });
    }

    private List<SessionRecord> query(String sql, Binder binder) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            binder.bind(st);
            List<SessionRecord> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    int score = rs.getInt(11);
                    Integer scoreOrNull = rs.wasNull() ? null : score;
                    long ended = rs.getLong(13);
                    Instant endedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ended);
                    out.add(new SessionRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            Audience.find(rs.getString(4)).orElseThrow(), rs.getString(5), rs.getInt(6), rs.getLong(7),
                            rs.getString(8), rs.getString(9), Instant.ofEpochMilli(rs.getLong(12)),
                            Outcome.find(rs.getString(10)).orElseThrow(), scoreOrNull, endedAt));
                }
            }
            return out;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }


    /** The rep's own role-plays go, with their turns and scores; sessions they ran for others lose their name. */
    @Override
    public int forget(String userId) {
        int removed = deleteSessions("rep_id = ?", st -> st.setString(1, userId));
        return removed + update("UPDATE practice_sessions SET starter_id = ? WHERE starter_id = ?", st -> {
            st.setString(1, FORGOTTEN);
            st.setString(2, userId);
        });
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return deleteSessions("created_at < ?", st -> st.setLong(1, cutoff.toEpochMilli()));
    }

    @Override
    public List<PracticeHistory.Score> recentFor(String userId, int limit) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT persona, scenario_id, score, ended_at FROM practice_sessions "
                     + "WHERE rep_id = ? AND score IS NOT NULL AND ended_at IS NOT NULL ORDER BY ended_at DESC, id")) {
            st.setString(1, userId);
            st.setMaxRows(Math.max(1, limit));
            List<PracticeHistory.Score> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next() && out.size() < limit) {
                    out.add(new PracticeHistory.Score(rs.getString(1), rs.getString(2), rs.getInt(3), Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Deletes the sessions matching {@code where} and everything hanging off them, in one transaction. */
    private int deleteSessions(String where, Binder bind) {
        String ids = "SELECT id FROM practice_sessions WHERE " + where;
        try {
            return Transactions.inTransaction(db, c -> {
                int n = 0;
                for (String sql : List.of("DELETE FROM practice_turns WHERE session_id IN (" + ids + ")",
                        "DELETE FROM practice_owed WHERE session_id IN (" + ids + ")",
                        "DELETE FROM practice_scores WHERE session_id IN (" + ids + ")",
                        "DELETE FROM practice_sessions WHERE " + where)) {
                    try (PreparedStatement st = c.prepareStatement(sql)) {
                        bind.bind(st);
                        n += st.executeUpdate();
                    }
                }
                return n;
            });
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private int update(String sql, Binder bind) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind.bind(st);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** SQLState 23xxx is an integrity violation on PostgreSQL; SQLite reports SQLITE_CONSTRAINT (19) with no state. */
    static boolean isUniqueViolation(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("23")) || e.getErrorCode() == 19
                || (e.getMessage() != null && e.getMessage().contains("UNIQUE constraint failed"));
    }

    private static StoreException unavailable(SQLException e) {
        return new StoreException("store unavailable", e);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }
}
