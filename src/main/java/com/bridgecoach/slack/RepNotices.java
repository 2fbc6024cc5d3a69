package com.bridgecoach.slack;

import com.bridgecoach.content.Messages;
import com.bridgecoach.content.Notice;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells one rep something privately through whatever still works: the request's response_url, then an ephemeral
 * message where they are, then a DM from the bot. A way that fails hands over to the next; one that may have worked
 * (Slack took it but its answer was lost) ends the search, so the rep is not told twice. Also says, in the rep's
 * words, what a refusal from Slack means for them.
 */
final class RepNotices {
    private static final Logger log = LoggerFactory.getLogger(RepNotices.class);
    private static final Gson GSON = GsonFactory.createSnakeCase();
    /** Slack's errors that pass: trying again later may work. */
    private static final Set<String> PASSING = Set.of("ratelimited", "rate_limited", "internal_error", "fatal_error",
            "service_unavailable", "request_timeout", "timeout");

    /**
     * Who to tell and where they are.
     *
     * @param channelId   where they were when they asked (null when nowhere: a global shortcut, a modal)
     * @param threadTs    the thread they were in, or null
     * @param responseUrl the request's response_url, or null
     */
    record Rep(String userId, String channelId, String threadTs, String responseUrl) {
        Rep withoutResponseUrl() {
            return new Rep(userId, channelId, threadTs, null);
        }
    }

    private final Slack slack;
    private final Messages messages;

    RepNotices(Slack slack, Messages messages) {
        this.slack = slack;
        this.messages = messages;
    }

    /** True for a refusal that says "not now" rather than "no": the same call may work later. */
    static boolean passing(String error) {
        return error == null || PASSING.contains(error.toLowerCase(Locale.ROOT));
    }

    /** What Slack's refusal {@code error} of a call about {@code channel} means, in the rep's words. */
    String refusal(String error, String channel) {
        String e = error == null ? "unknown_error" : error.toLowerCase(Locale.ROOT);
        Map<String, Object> values = Map.of("channel", channel == null ? "" : channel, "error", e);
        if (passing(e)) {
            return messages.notice(Notice.SLACK_UNAVAILABLE);
        }
        Notice notice = switch (e) {
            case "not_in_channel" -> channel == null ? Notice.SLACK_CHANNEL_NOT_FOUND : Notice.SLACK_NOT_IN_CHANNEL;
            case "channel_not_found" -> Notice.SLACK_CHANNEL_NOT_FOUND;
            case "is_archived" -> channel == null ? Notice.SLACK_REFUSED : Notice.SLACK_ARCHIVED;
            case "msg_too_long", "msg_blocks_too_long", "invalid_blocks", "too_many_attachments" -> Notice.SLACK_TOO_LONG;
            case "restricted_action", "restricted_action_read_only_channel", "restricted_action_thread_only_channel",
                 "restricted_action_non_threadable_channel", "cannot_reply_to_message", "posting_to_general_channel_denied" ->
                    channel == null ? Notice.SLACK_REFUSED : Notice.SLACK_NOT_ALLOWED;
            case "missing_scope", "not_allowed_token_type", "no_permission" -> Notice.SLACK_MISSING_SCOPE;
            case "expired_trigger_id", "invalid_trigger_id", "exchanged_trigger_id", "trigger_exchanged" -> Notice.SLACK_FORM_EXPIRED;
            default -> Notice.SLACK_REFUSED;
        };
        return messages.notice(notice, values);
    }

    /** What a call that failed without Slack's refusal means: Slack away, or Slack silent after taking it. */
    String failure(Throwable failure) {
        return messages.notice(failure instanceof UnconfirmedPostException ? Notice.SLACK_UNCONFIRMED : Notice.SLACK_UNAVAILABLE);
    }

    /** A notice in text alone (so channel links render); true when some way reached the rep. */
    boolean tell(MethodsClient client, Rep rep, String text) {
        return tell(client, rep, text, null);
    }

    /** Says {@code text} (with {@code blocks} when given) to the rep alone; true when some way reached them. */
    boolean tell(MethodsClient client, Rep rep, String text, List<LayoutBlock> blocks) {
        if (rep.userId() == null || rep.userId().isBlank()) {
            log.warn("rep_notice=no_user");
            return false;
        }
        try {
            if (rep.responseUrl() != null && !rep.responseUrl().isBlank() && byResponseUrl(rep.responseUrl(), text, blocks)) {
                return true;
            }
            if (rep.channelId() != null && !rep.channelId().isBlank() && ephemeral(client, rep, text, blocks)) {
                return true;
            }
            return direct(client, rep, text, blocks);
        } catch (UnconfirmedPostException e) {
            // Slack took it and the answer was lost: it probably arrived, and a second copy elsewhere would confuse
            log.warn("rep_notice=unconfirmed");
            return true;
        }
    }

    private boolean byResponseUrl(String url, String text, List<LayoutBlock> blocks) throws UnconfirmedPostException {
        try {
            // written by the SDK's own Gson, as its chat calls write blocks
            JsonObject body = new JsonObject();
            body.addProperty("response_type", "ephemeral");
            body.addProperty("replace_original", false);
            body.addProperty("text", text);
            if (blocks != null) {
                body.add("blocks", GSON.toJsonTree(blocks));
            }
            var sent = slack.send(url, body.toString());
            if (sent.getCode() == 200) {
                return true;
            }
            log.warn("rep_notice=response_url_refused status={}", sent.getCode());
        } catch (UnconfirmedPostException e) {
            throw e;
        } catch (Exception e) {
            log.warn("rep_notice=response_url_failed reason={}", e.getClass().getSimpleName());
        }
        return false;
    }

    private boolean ephemeral(MethodsClient client, Rep rep, String text, List<LayoutBlock> blocks) throws UnconfirmedPostException {
        try {
            var sent = client.chatPostEphemeral(r -> {
                r.channel(rep.channelId()).user(rep.userId()).text(text).threadTs(rep.threadTs());
                return blocks == null ? r : r.blocks(blocks);
            });
            if (sent.isOk()) {
                return true;
            }
            log.warn("rep_notice=ephemeral_refused error={}", sent.getError());
        } catch (UnconfirmedPostException e) {
            throw e;
        } catch (Exception e) {
            log.warn("rep_notice=ephemeral_failed reason={}", e.getClass().getSimpleName());
        }
        return false;
    }

    /** A message in the rep's DM with the bot (posting to a user id opens it): the way that needs no channel. */
    private boolean direct(MethodsClient client, Rep rep, String text, List<LayoutBlock> blocks) throws UnconfirmedPostException {
        try {
            var sent = client.chatPostMessage(r -> {
                r.channel(rep.userId()).text(text);
                return blocks == null ? r : r.blocks(blocks);
            });
            if (sent.isOk()) {
                return true;
            }
            log.warn("rep_notice=dm_refused error={}", sent.getError());
        } catch (UnconfirmedPostException e) {
            throw e;
        } catch (IOException | SlackApiException e) {
            log.warn("rep_notice=dm_failed reason={}", e.getClass().getSimpleName());
        }
        return false;
    }
}
