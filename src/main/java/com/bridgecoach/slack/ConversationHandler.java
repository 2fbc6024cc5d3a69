package com.bridgecoach.slack;

import com.bridgecoach.coach.Coach;
import com.bridgecoach.coach.CoachRequest;
import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.Messages;
import com.bridgecoach.content.Notice;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coaching where slash commands can't reach: a rep who @mentions the bot in a channel or thread, or
 * DMs it, gets the diagnosis in the thread of their message. A mention with nothing else starts the interview.
 */
final class ConversationHandler implements MessageRoute {
    private static final Logger log = LoggerFactory.getLogger(ConversationHandler.class);

    private final Coach coach;
    private final Messages messages;
    private final BlockKitRenderer renderer;
    private final UserRateLimiter limiter;
    private final RepNotices notices;

    ConversationHandler(Coach coach, Messages messages, BlockKitRenderer renderer, UserRateLimiter limiter, RepNotices notices) {
        this.coach = coach;
        this.messages = messages;
        this.renderer = renderer;
        this.limiter = limiter;
        this.notices = notices;
    }

    @Override
    public boolean take(IncomingMessage message, MethodsClient client) {
        if (!message.mention() && !message.direct()) {
            return false;
        }
        Reply reply;
        if (!limiter.tryAcquire(message.user())) {
            reply = Reply.notice(messages.notice(Notice.RATE_LIMITED, Map.of("seconds", limiter.windowSeconds())));
        } else {
            try {
                reply = coach.respond(new CoachRequest(message.user(), message.withoutMentions()));
            } catch (RuntimeException e) {
                log.error("coaching failed for a {}", message.mention() ? "mention" : "direct message", e);
                reply = Reply.notice(messages.notice(Failures.noticeFor(e)));
            }
        }
        Reply answer = reply;
        // the last word goes to the rep alone, where they are, when the answer itself could not be posted
        RepNotices.Rep rep = new RepNotices.Rep(message.user(), message.channel(), message.replyThread(), null);
        try {
            ChatPostMessageResponse sent = client.chatPostMessage(r -> r.channel(message.channel()).threadTs(message.replyThread())
                    .text(renderer.fallback(answer)).blocks(renderer.render(answer)));
            if (!sent.isOk()) {
                log.warn("Slack refused the coaching reply: {}", sent.getError());
                notices.tell(client, rep, notices.refusal(sent.getError(), message.channel()));
            }
        } catch (Exception e) {
            log.warn("could not post the coaching reply: {}", e.getClass().getSimpleName());
            notices.tell(client, rep, notices.failure(e));
        }
        return true;
    }
}
