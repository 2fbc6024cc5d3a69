package com.bridgecoach.slack;

import com.bridgecoach.coach.Coach;
import com.bridgecoach.coach.OwedPractice;
import com.bridgecoach.coach.PersonaLine;
import com.bridgecoach.coach.PracticeAnswer;
import com.bridgecoach.coach.PracticeStart;
import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.Headings;
import com.bridgecoach.content.Messages;
import com.bridgecoach.content.Notice;
import com.bridgecoach.practice.PracticeSessions;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Practice role-plays in Slack: the scenario card goes into the channel, the conversation into its thread.
 * Everything here runs after the ack; state lives in the store, so any replica can take the next turn.
 *
 * <p>A persona reply or scorecard that Slack will not take just now is kept as owed, and the rep is told privately
 * that it is delayed. It is posted at the next chance: the next message in the thread, or the periodic
 * {@link #deliverOwed(MethodsClient)}. Each post carries a {@link PostMark} naming its session and turn, so one that
 * may have reached Slack already is looked for before it is posted again.
 */
final class PracticeThreads implements MessageRoute {
    private static final Logger log = LoggerFactory.getLogger(PracticeThreads.class);
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(\\s*<@[UW][A-Z0-9]+(\\|[^>]*)?>[,:]?\\s*)+");

    private final Coach coach;
    private final Messages messages;
    private final BlockKitRenderer renderer;
    private final RepNotices notices;

    PracticeThreads(Coach coach, Messages messages, BlockKitRenderer renderer, RepNotices notices) {
        this.coach = coach;
        this.messages = messages;
        this.renderer = renderer;
        this.notices = notices;
    }

    /** Posts the card and the opening; {@code starter} is told privately when Slack refuses (e.g. not in the channel). */
    void post(PracticeStart.Begun begun, String channel, String starterId, MethodsClient client, RepNotices.Rep starter) {
        ChatPostMessageResponse card;
        try {
            List<LayoutBlock> blocks = new ArrayList<>(renderer.render(begun.card()));
            Headings.Slack words = messages.headings().slack();
            String who = begun.repId().equals(starterId)
                    ? Headings.fill(words.rolePlayFor(), Map.of("rep", "<@" + begun.repId() + ">"))
                    : Headings.fill(words.rolePlayStartedBy(), Map.of("rep", "<@" + begun.repId() + ">", "starter", "<@" + starterId + ">"));
            blocks.add(1, com.slack.api.model.block.Blocks.context(List.of(
                    com.slack.api.model.block.composition.BlockCompositions.markdownText(who))));
            card = client.chatPostMessage(r -> r.channel(channel).text(renderer.fallback(begun.card())).blocks(blocks)
                    .metadata(PostMark.metadata(postId(begun.sessionId(), "card"))));
        } catch (Exception e) {
            log.warn("could not post a practice card: {}", e.getClass().getSimpleName());
            notices.tell(client, starter, notices.failure(e));
            return;
        }
        if (!card.isOk()) {
            String error = String.valueOf(card.getError());
            notices.tell(client, starter, error.equals("not_in_channel") || error.equals("channel_not_found")
                    ? messages.notice(Notice.PRACTICE_CANNOT_POST, Map.of("error", error))
                    : notices.refusal(error, channel));
            return;
        }
        String where = card.getChannel() == null ? channel : card.getChannel();
        coach.practiceThread(begun.sessionId(), where, card.getTs());
        due(client, new Due(begun.sessionId(), where, card.getTs(), begun.repId(), 0, begun.opening(), null), Backlog.NONE);
    }

    /**
     * Takes every message in a role-play's thread, so a rep's line is never also coached as a new situation;
     * answers it when it is the rep's turn. Whatever the thread still owes goes first: Slack is taking messages again.
     */
    @Override
    public boolean take(IncomingMessage m, MethodsClient client) {
        if (m.threadTs() == null || m.threadTs().equals(m.ts()) || !coach.isPracticeThread(m.channel(), m.threadTs())) {
            return false;
        }
        OwedPractice owed = coach.owedPractice();
        Backlog backlog = deliver(owed, owed.inThread(m.channel(), m.threadTs()), client);
        onMessage(m.channel(), m.threadTs(), m.ts(), m.user(), m.text(), client, backlog);
        return true;
    }

    /**
     * A thread message from a person: answered when it is the rep's turn in a practice session. While the thread
     * has a backlog (something owed is not posted yet), the answer is owed too, so the thread keeps its order.
     */
    private void onMessage(String channel, String threadTs, String ts, String user, String text, MethodsClient client, Backlog backlog) {
        if (threadTs == null || threadTs.equals(ts) || user == null || text == null) {
            return;
        }
        Optional<PracticeAnswer> answer = coach.practiceTurn(channel, threadTs, user, ts, clean(text));
        if (answer.isEmpty()) {
            return;
        }
        PracticeAnswer a = answer.get();
        due(client, new Due(a.sessionId(), channel, threadTs, user, a.turn(), a.line(), a.scorecard()), backlog);
    }

    /**
     * Everything owed by any role-play, posted now: the periodic try that needs no one to speak in the thread.
     * Stops at the first post Slack still will not take; the rest wait for the next try.
     */
    void deliverOwed(MethodsClient client) {
        OwedPractice owed = coach.owedPractice();
        Set<String> sessions = new LinkedHashSet<>();
        owed.all().forEach(o -> sessions.add(o.sessionId()));
        for (String session : sessions) {
            if (deliver(owed, owed.ofSession(session), client) == Backlog.SLACK_AWAY) {
                return;
            }
        }
    }

    /** Where a thread stands with what it owes. */
    private enum Backlog {
        /** Nothing owed is waiting: new posts go straight in. */
        NONE,
        /** Slack still would not take an owed post. */
        SLACK_AWAY,
        /** Another replica is posting what is owed right now. */
        BEING_POSTED
    }

    /** A reply and/or a scorecard that has just become due in a thread. */
    private record Due(String sessionId, String channel, String threadTs, String repId, int turn, PersonaLine line, Reply card) {
    }

    /** What came of one post. */
    private enum Sent { POSTED, NOT_NOW, REFUSED }

    private void due(MethodsClient client, Due due, Backlog backlog) {
        RepNotices.Rep rep = new RepNotices.Rep(due.repId(), due.channel(), due.threadTs(), null);
        OwedPractice owed = coach.owedPractice();
        boolean caughtUp = backlog == Backlog.NONE;
        // behind another replica's delivery the wait is short and Slack is fine: nothing to apologise for
        boolean tell = backlog != Backlog.BEING_POSTED;
        if (due.line() != null) {
            Outcome reply = !caughtUp ? new Outcome(Sent.NOT_NOW, null)
                    : send(client, due.channel(), due.threadTs(), postId(due.sessionId(), String.valueOf(due.turn())), false, line(due.line()), null);
            if (reply.sent() == Sent.NOT_NOW) {
                // kept in the order they were due: the scorecard waits behind the reply
                owed.replyOwed(due.sessionId(), due.turn());
                if (due.card() != null) {
                    owed.scorecardOwed(due.sessionId());
                }
                if (tell) {
                    notices.tell(client, rep, messages.notice(Notice.PRACTICE_REPLY_DELAYED, Map.of("persona", due.line().name())));
                }
                return;
            }
            if (reply.sent() == Sent.REFUSED) {
                notices.tell(client, rep, notices.refusal(reply.error(), due.channel()));
                return;
            }
        }
        if (due.card() != null) {
            Outcome card = !caughtUp ? new Outcome(Sent.NOT_NOW, null) : send(client, due.channel(), due.threadTs(), postId(due.sessionId(), "scorecard"), false,
                    renderer.fallback(due.card()), renderer.render(due.card()));
            if (card.sent() == Sent.NOT_NOW) {
                owed.scorecardOwed(due.sessionId());
                if (tell) {
                    notices.tell(client, rep, messages.notice(Notice.PRACTICE_SCORECARD_DELAYED));
                }
            } else if (card.sent() == Sent.REFUSED) {
                notices.tell(client, rep, notices.refusal(card.error(), due.channel()));
            }
        }
    }

    /** Posts owed items in order, each once; stops at the first that Slack still refuses or another replica holds. */
    private Backlog deliver(OwedPractice owed, List<PracticeSessions.Owed> items, MethodsClient client) {
        for (PracticeSessions.Owed item : items) {
            if (!owed.claim(item)) {
                boolean stillOwed = owed.ofSession(item.sessionId()).stream().anyMatch(o -> o.item() == item.item());
                if (stillOwed) {
                    return Backlog.BEING_POSTED;
                }
                continue;
            }
            Optional<OwedPractice.OwedPost> post;
            try {
                post = owed.post(item);
            } catch (RuntimeException e) {
                log.warn("could not read an owed practice post: {}", e.getClass().getSimpleName());
                owed.stillOwed(item);
                return Backlog.SLACK_AWAY;
            }
            if (post.isEmpty() || post.get().channel() == null || post.get().threadTs() == null) {
                owed.settled(item);
                continue;
            }
            OwedPractice.OwedPost p = post.get();
            String id = postId(item.sessionId(), item.scorecard() ? "scorecard" : String.valueOf(item.item()));
            Outcome sent = p.line() != null
                    ? send(client, p.channel(), p.threadTs(), id, true, line(p.line()), null)
                    : send(client, p.channel(), p.threadTs(), id, true, renderer.fallback(p.scorecard()), renderer.render(p.scorecard()));
            if (sent.sent() == Sent.NOT_NOW) {
                owed.stillOwed(item);
                return Backlog.SLACK_AWAY;
            }
            owed.settled(item);
            if (sent.sent() == Sent.REFUSED) {
                notices.tell(client, new RepNotices.Rep(p.repId(), p.channel(), p.threadTs(), null), notices.refusal(sent.error(), p.channel()));
            } else {
                log.info("practice_owed=delivered item={}", item.scorecard() ? "scorecard" : "reply");
            }
        }
        return Backlog.NONE;
    }

    private record Outcome(Sent sent, String error) {
    }

    /**
     * One post into a thread, marked with its identity; {@code resend} when an earlier attempt may have reached Slack.
     * Errors that pass (5xx, rate limits, no answer) are "not now"; Slack's refusals are final.
     */
    private Outcome send(MethodsClient client, String channel, String threadTs, String postId, boolean resend,
                         String text, List<LayoutBlock> blocks) {
        try {
            ChatPostMessageResponse sent = client.chatPostMessage(r -> {
                r.channel(channel).threadTs(threadTs).text(text).metadata(resend ? PostMark.resend(postId) : PostMark.metadata(postId));
                return blocks == null ? r : r.blocks(blocks);
            });
            if (sent.isOk()) {
                return new Outcome(Sent.POSTED, null);
            }
            log.warn("Slack refused a practice post: {}", sent.getError());
            return new Outcome(RepNotices.passing(sent.getError()) ? Sent.NOT_NOW : Sent.REFUSED, sent.getError());
        } catch (Exception e) {
            log.warn("could not post a practice reply: {}", e.getClass().getSimpleName());
            return new Outcome(Sent.NOT_NOW, null);
        }
    }

    private static String line(PersonaLine line) {
        return "*" + BlockKitRenderer.escape(line.name()) + "* (" + BlockKitRenderer.escape(line.role()) + "): "
                + BlockKitRenderer.escape(line.text());
    }

    /** The same for every attempt at the same post, on every replica: the session and what in it is posted. */
    static String postId(String sessionId, String what) {
        return "practice:" + sessionId + ":" + what;
    }

    /** The rep's words without a leading @-mention of the bot, and with Slack's escaping undone. */
    static String clean(String text) {
        return LEADING_MENTIONS.matcher(text).replaceFirst("").transform(SlackText::unescape).strip();
    }
}
