package com.bridgecoach.coach;

import com.bridgecoach.practice.PracticeCoach;
import com.bridgecoach.practice.PracticeSessions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Posts a role-play owes its rep: a persona reply or a scorecard that Slack would not take when it was due. The
 * turn behind each is in the store already; this keeps the post owed until it is in the thread, and says what it
 * was. Any replica may deliver one, once: a claim decides who.
 */
public final class OwedPractice {
    /** Owed longer than this, a post is left to the transcript (/coach team) instead of appearing out of nowhere. */
    static final Duration KEPT_TRYING = Duration.ofDays(1);
    /** A replica holding a post longer than this is taken to have died while posting it. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 50;

    private final PracticeCoach practice;
    private final PracticeReplies replies;

    OwedPractice(PracticeCoach practice, PracticeReplies replies) {
        this.practice = practice;
        this.replies = replies;
    }

    /** The persona's reply to {@code turn} (0: the opening) did not reach the thread. */
    public void replyOwed(String sessionId, int turn) {
        practice.owe(sessionId, turn);
    }

    /** The scorecard did not reach the thread. */
    public void scorecardOwed(String sessionId) {
        practice.owe(sessionId, PracticeSessions.SCORECARD);
    }

    /** What the role-play in this thread still owes, in the order it was due. */
    public List<PracticeSessions.Owed> inThread(String channel, String threadTs) {
        return practice.owed(channel, threadTs);
    }

    /** What one role-play still owes, in the order it was due. */
    public List<PracticeSessions.Owed> ofSession(String sessionId) {
        return practice.owed(sessionId);
    }

    /** What every role-play still owes, the longest owed first. */
    public List<PracticeSessions.Owed> all() {
        return practice.owedWithin(KEPT_TRYING, BATCH);
    }

    /** Takes an owed post to deliver it; false when another replica has it, or it was delivered meanwhile. */
    public boolean claim(PracticeSessions.Owed owed) {
        return practice.claim(owed, LEASE);
    }

    /** What to post: the persona's words or the scorecard, where, and for whom; empty when the session is gone. */
    public Optional<OwedPost> post(PracticeSessions.Owed owed) {
        return practice.owing(owed).map(o -> new OwedPost(owed, o.session().channel(), o.session().threadTs(), o.session().repId(),
                o.reply() == null ? null : Coach.personaLine(o.scenario(), o.reply()),
                o.scorecard() == null ? null : replies.scorecard(o.scorecard(), o.scenario())));
    }

    /** In the thread now, or never to be: no longer owed. */
    public void settled(PracticeSessions.Owed owed) {
        practice.paid(owed);
    }

    /** Still not in the thread: owed as before, for the next try. */
    public void stillOwed(PracticeSessions.Owed owed) {
        practice.unclaim(owed);
    }

    /**
     * An owed post, ready to say again.
     *
     * @param line      the persona's words, for an owed reply (else null)
     * @param scorecard the scorecard, for an owed scorecard (else null)
     */
    public record OwedPost(PracticeSessions.Owed owed, String channel, String threadTs, String repId, PersonaLine line, Reply scorecard) {
    }
}
