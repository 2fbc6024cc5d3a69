package com.bridgecoach.slack;

import com.bridgecoach.content.Refusal;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts, pins, edits and publishes through the Slack Web API, and turns every refusal into a
 * {@link Refusal} the rep can act on. Rate limits are retried after Retry-After, a bounded number of
 * times and only for short waits; a longer wait is handed back to the rep.
 */
final class ChannelPublisher {
    private static final Logger log = LoggerFactory.getLogger(ChannelPublisher.class);
    static final int ATTEMPTS = 3;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    /** Slack's ok:false "ratelimited" carries no Retry-After; wait this long before trying again. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

    private final MethodsClient client;
    private final Pause pause;

    ChannelPublisher(MethodsClient client, Pause pause) {
        this.client = client;
        this.pause = pause;
    }

    /** What came of a call. */
    sealed interface Outcome {
    }

    /** Slack did it; {@code ts} is the message's timestamp where the call has one. */
    record Done(String ts) implements Outcome {
    }

    /** Slack refused; {@code values} fill the refusal's placeholders. */
    record Refused(Refusal refusal, String error, Map<String, Object> values) implements Outcome {
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    Outcome post(String channel, String text, List<LayoutBlock> blocks, boolean looksPrivate) {
        return call("post messages", "chat:write", looksPrivate,
                () -> client.chatPostMessage(r -> r.channel(channel).text(text).blocks(blocks)), r -> r.getTs());
    }

    Outcome pin(String channel, String ts, boolean looksPrivate) {
        return call("pin messages", "pins:write", looksPrivate,
                () -> client.pinsAdd(r -> r.channel(channel).timestamp(ts)), r -> ts);
    }

    Outcome update(String channel, String ts, String text, List<LayoutBlock> blocks) {
        return call("edit messages", "chat:write", false,
                () -> client.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks)), r -> r.getTs());
    }

    /** Takes back a message whose pin failed, so nothing is left half done. */
    void delete(String channel, String ts) {
        Outcome o = call("delete messages", "chat:write", false, () -> client.chatDelete(r -> r.channel(channel).ts(ts)), r -> ts);
        if (o instanceof Refused r) {
            log.warn("could not take back an unpinned message: {}", r.error());
        }
    }

    Outcome publishHome(String userId, View view) {
        return call("publish the Home tab", "", false, () -> client.viewsPublish(r -> r.userId(userId).view(view)), r -> "");
    }

    Outcome openForm(String triggerId, View view) {
        return call("open forms", "", false, () -> client.viewsOpen(r -> r.triggerId(triggerId).view(view)), r -> "");
    }

    private <T extends SlackApiTextResponse> Outcome call(String action, String scope, boolean looksPrivate,
                                                         Call<T> call, Function<T, String> ts) {
        long waitSeconds = 0;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Duration wait;
            try {
                T response = call.run();
                if (response.isOk()) {
                    return new Done(ts.apply(response));
                }
                String error = response.getError() == null ? "unknown_error" : response.getError();
                if (!isRateLimit(error)) {
                    return refused(error, action, response.getNeeded() == null || response.getNeeded().isBlank() ? scope : response.getNeeded(), looksPrivate);
                }
                wait = DEFAULT_WAIT;
            } catch (SlackApiException e) {
                if (e.getResponse().code() != 429) {
                    return new Refused(Refusal.FAILED, "HTTP " + e.getResponse().code(), Map.of("error", "HTTP " + e.getResponse().code()));
                }
                wait = retryAfter(e.getResponse().header("Retry-After"));
            } catch (IOException e) {
                log.warn("Slack did not answer a call to {}: {}", action, e.getMessage());
                return new Refused(Refusal.FAILED, "no_response", Map.of("error", "no answer from Slack"));
            }
            waitSeconds = Math.max(1, wait.toSeconds());
            if (attempt == ATTEMPTS || wait.compareTo(LONGEST_WAIT) > 0) {
                break;
            }
            try {
                pause.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Refused(Refusal.RATE_LIMITED, "ratelimited", Map.of("seconds", waitSeconds));
    }

    private static boolean isRateLimit(String error) {
        return error.equals("ratelimited") || error.equals("rate_limited");
    }

    private static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header == null ? "" : header.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT;
        }
    }

    static Refused refused(String error, String action, String scope, boolean looksPrivate) {
        Refusal refusal = switch (error.toLowerCase(Locale.ROOT)) {
            case "not_in_channel" -> Refusal.NOT_IN_CHANNEL;
            case "channel_not_found" -> looksPrivate ? Refusal.PRIVATE_CHANNEL : Refusal.CHANNEL_NOT_FOUND;
            case "is_archived" -> Refusal.ARCHIVED;
            case "already_pinned" -> Refusal.ALREADY_PINNED;
            case "missing_scope" -> Refusal.MISSING_SCOPE;
            default -> Refusal.FAILED;
        };
        return new Refused(refusal, error, Map.of("error", error, "action", action, "scope", scope));
    }
}
