package com.bridgecoach.practice;

import com.bridgecoach.content.Audience;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where role-plays are kept, so a session outlives a restart and any replica can take the next turn.
 * The store answers each rep message once: a message id already taken is refused, whoever asks.
 */
public interface PracticeSessions {

    void create(SessionRecord session);

    /** The session's conversation lives in the thread of this message. */
    void attachThread(String sessionId, String channel, String threadTs);

    Optional<SessionRecord> find(String sessionId);

    Optional<SessionRecord> findByThread(String channel, String threadTs);

    /** Turns in order, the persona's opening (turn 0) first. */
    List<TurnRecord> turns(String sessionId);

    /** Saves a turn unless its rep message was taken already or its number is taken by a turn that raced it. */
    TurnSaved addTurn(String sessionId, TurnRecord turn);

    /** Records the end and the scorecard; false when the session had ended already (someone else finished it). */
    boolean finish(String sessionId, Scorecard card, Instant at);

    /** Sessions where the user is the rep or the one who started them, oldest first. */
    List<SessionRecord> involving(String userId);

    /** The criterion scores of a finished session. */
    List<Scorecard.CriterionScore> scores(String sessionId);

    /** The item number of an owed scorecard; persona replies are owed by their turn's number. */
    int SCORECARD = -1;

    /** Records that Slack has not yet shown the rep {@code item} of the session; owing it twice is owing it once. */
    void owe(String sessionId, int item, Instant since);

    /** What the session still owes the rep, persona replies in turn order, then the scorecard. */
    List<Owed> owed(String sessionId);

    /** What any session has owed since {@code since}, the longest owed first, at most {@code limit}. */
    List<Owed> owedSince(Instant since, int limit);

    /**
     * Takes an owed item to deliver it; false when someone else holds it (their claim made after {@code staleBefore})
     * or it is no longer owed.
     */
    boolean claimOwed(String sessionId, int item, Instant now, Instant staleBefore);

    /** Delivered (or no longer deliverable): the item is forgotten. */
    void paid(String sessionId, int item);

    /** Not delivered this time: the claim is let go, and the item stays owed. */
    void unclaim(String sessionId, int item);

    /** A post owed to the rep: a persona reply by turn number, or the {@link #SCORECARD}. */
    record Owed(String sessionId, int item, Instant since) {
        public boolean scorecard() {
            return item == SCORECARD;
        }
    }

    /** What happened to a turn offered to the store. */
    enum TurnSaved {
        SAVED,
        /** This rep message was answered already: a redelivery, or another replica got there first. */
        DUPLICATE_MESSAGE,
        /** Another message took this turn number first; reload and try again. */
        NUMBER_TAKEN
    }

    /**
     * A session as stored.
     *
     * @param channel  null until the scenario card is posted (and always for the terminal)
     * @param threadTs null until the scenario card is posted
     * @param score    null until the session ends
     * @param endedAt  null until the session ends
     */
    record SessionRecord(String id, String repId, String starterId, Audience persona, String scenarioId, int variant,
                         long seed, String channel, String threadTs, Instant createdAt, Outcome outcome,
                         Integer score, Instant endedAt) {
        public SessionRecord {
            if (id == null || id.isBlank() || repId == null || starterId == null || scenarioId == null || outcome == null) {
                throw new IllegalArgumentException("a practice session needs an id, a rep, a starter, a scenario and an outcome");
            }
        }

        /** Only the rep and whoever started the session may read its transcript. */
        public boolean visibleTo(String userId) {
            return repId.equals(userId) || starterId.equals(userId);
        }
    }

    /**
     * One exchange as stored.
     *
     * @param repMessageId the Slack ts of the rep's message (null for the opening and on the terminal)
     */
    record TurnRecord(int number, String repMessageId, String repText, String reply, Move move, int trustAfter, Instant at) {
    }
}
