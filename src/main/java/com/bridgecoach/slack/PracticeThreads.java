package com.bridgecoach.slack;

import com.bridgecoach.coach.Coach;
import com.bridgecoach.coach.PersonaLine;
import com.bridgecoach.coach.PracticeAnswer;
import com.bridgecoach.coach.PracticeStart;
import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.Messages;
import com.bridgecoach.content.Notice;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Practice role-plays in Slack: the scenario card goes into the channel, the conversation into its thread.
 * Everything here runs after the ack; state lives in the store, so any replica can take the next turn.
 */
final class PracticeThreads implements MessageRoute {
    private static final Logger log = LoggerFactory.getLogger(PracticeThreads.class);
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(\\s*<@[UW][A-Z0-9]+(\\|[^>]*)?>[,:]?\\s*)+");

    private final Coach coach;
    private final Messages messages;
    private final BlockKitRenderer renderer;

    PracticeThreads(Coach coach, Messages messages, BlockKitRenderer renderer) {
        this.coach = coach;
        this.messages = messages;
        this.renderer = renderer;
    }

    /** Posts the card and the opening; {@code privately} tells the starter when Slack refuses (e.g. not in the channel). */
    void post(PracticeStart.Begun begun, String channel, String starterId, MethodsClient client, Consumer<Reply> privately) {
        try {
            List<LayoutBlock> blocks = new ArrayList<>(renderer.render(begun.card()));
            String who = begun.repId().equals(starterId)
                    ? "Role-play for <@" + begun.repId() + ">"
                    : "Role-play for <@" + begun.repId() + ">, started by <@" + starterId + ">";
            blocks.add(1, com.slack.api.model.block.Blocks.context(List.of(
                    com.slack.api.model.block.composition.BlockCompositions.markdownText(who))));
            ChatPostMessageResponse card = client.chatPostMessage(r -> r.channel(channel)
                    .text(renderer.fallback(begun.card())).blocks(blocks));
            if (!card.isOk()) {
                privately.accept(Reply.notice(messages.notice(Notice.PRACTICE_CANNOT_POST, Map.of("error", String.valueOf(card.getError())))));
                return;
            }
            coach.practiceThread(begun.sessionId(), card.getChannel() == null ? channel : card.getChannel(), card.getTs());
            say(client, card.getChannel() == null ? channel : card.getChannel(), card.getTs(), begun.opening());
        } catch (Exception e) {
            log.warn("could not post a practice card: {}", e.getMessage());
            privately.accept(Reply.notice(messages.notice(Notice.PRACTICE_CANNOT_POST, Map.of("error", "Slack did not answer"))));
        }
    }

    /**
     * Takes every message in a role-play's thread, so a rep's line is never also coached as a new situation;
     * answers it when it is the rep's turn.
     */
    @Override
    public boolean take(IncomingMessage m, MethodsClient client) {
        if (m.threadTs() == null || m.threadTs().equals(m.ts()) || !coach.isPracticeThread(m.channel(), m.threadTs())) {
            return false;
        }
        onMessage(m.channel(), m.threadTs(), m.ts(), m.user(), m.text(), client);
        return true;
    }

    /** A thread message from a person: answered when it is the rep's turn in a practice session. */
    void onMessage(String channel, String threadTs, String ts, String user, String text, MethodsClient client) {
        if (threadTs == null || threadTs.equals(ts) || user == null || text == null) {
            return;
        }
        Optional<PracticeAnswer> answer = coach.practiceTurn(channel, threadTs, user, ts, clean(text));
        if (answer.isEmpty()) {
            return;
        }
        try {
            if (answer.get().reply().isPresent()) {
                say(client, channel, threadTs, answer.get().reply().get());
            }
            if (answer.get().card().isPresent()) {
                Reply card = answer.get().card().get();
                client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs).text(renderer.fallback(card)).blocks(renderer.render(card)));
            }
        } catch (Exception e) {
            // the turn is already in the store; only the persona's answer did not reach Slack
            log.warn("could not post a practice reply: {}", e.getMessage());
            ConversationHandler.tellPrivately(client, new IncomingMessage(user, channel, null, text, ts, threadTs, false),
                    messages.notice(Notice.SLACK_UNAVAILABLE));
        }
    }

    private static void say(MethodsClient client, String channel, String threadTs, PersonaLine line) throws Exception {
        ChatPostMessageResponse sent = client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                .text("*" + BlockKitRenderer.escape(line.name()) + "* (" + BlockKitRenderer.escape(line.role()) + "): "
                        + BlockKitRenderer.escape(line.text())));
        if (!sent.isOk()) {
            log.warn("Slack refused a practice reply: {}", sent.getError());
        }
    }

    /** The rep's words without a leading @-mention of the bot, and with Slack's escaping undone. */
    static String clean(String text) {
        return LEADING_MENTIONS.matcher(text).replaceFirst("").transform(SlackText::unescape).strip();
    }
}
