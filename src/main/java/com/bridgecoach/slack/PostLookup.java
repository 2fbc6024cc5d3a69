package com.bridgecoach.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Looks in a conversation for a message carrying a {@link PostMark}: in the thread (conversations.replies) when the
 * post was a thread reply, else in the channel (conversations.history), with metadata included. Uses the bot's
 * history scopes; where it lacks them the answer is {@link Unknown}, never a guess.
 */
final class PostLookup {
    /** How many pages of a busy conversation to read before giving up. */
    static final int PAGES = 5;
    static final int PAGE_SIZE = 200;
    /** Looks this far before the first attempt, for a Slack clock a little behind ours. */
    static final Duration MARGIN = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    /** What the conversation says about the post. */
    sealed interface Result {
    }

    /** It is there: {@code body} is what chat.postMessage would have answered. */
    record Posted(String body) implements Result {
        /** Slack's answer to the lost post, rebuilt, so the caller goes on as if it had arrived. */
        Response asResponse(Request request) {
            return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create(body, JSON_TYPE)).build();
        }
    }

    /** It is not there: posting is safe. */
    record Absent() implements Result {
    }

    /** The conversation could not be read: nobody knows. */
    record Unknown(String why) implements Result {
    }

    /** Asks through {@code chain}, with the post's own headers (its token), for the post {@code request} made. */
    Result find(Interceptor.Chain chain, Request request, PostMark mark, Instant firstAttempt) {
        if (!(request.body() instanceof FormBody form)) {
            return new Unknown("not a form");
        }
        String channel = field(form, "channel");
        String thread = field(form, "thread_ts");
        if (channel == null || channel.isBlank()) {
            return new Unknown("no channel");
        }
        boolean inThread = thread != null && !thread.isBlank();
        String oldest = firstAttempt.minus(MARGIN).getEpochSecond() + ".000000";
        String cursor = null;
        for (int page = 0; page < PAGES; page++) {
            FormBody.Builder query = new FormBody.Builder().add("channel", channel).add("oldest", oldest)
                    .add("include_all_metadata", "true").add("limit", String.valueOf(PAGE_SIZE));
            if (inThread) {
                query.add("ts", thread);
            }
            if (cursor != null) {
                query.add("cursor", cursor);
            }
            Request ask = request.newBuilder()
                    .url(request.url().resolve(inThread ? "conversations.replies" : "conversations.history"))
                    .post(query.build()).build();
            JsonNode answer;
            try (Response response = chain.proceed(ask)) {
                if (response.code() != 200 || response.body() == null) {
                    return new Unknown("HTTP " + response.code());
                }
                answer = JSON.readTree(response.body().string());
            } catch (IOException e) {
                return new Unknown(e.getClass().getSimpleName());
            }
            if (!answer.path("ok").asBoolean(false)) {
                return new Unknown(answer.path("error").asText("not ok"));
            }
            for (JsonNode message : answer.path("messages")) {
                if (PostMark.idIn(message).filter(mark.id()::equals).isPresent()) {
                    ObjectNode body = JSON.createObjectNode();
                    body.put("ok", true);
                    body.put("channel", channel);
                    body.put("ts", message.path("ts").asText());
                    body.set("message", message);
                    return new Posted(body.toString());
                }
            }
            cursor = answer.path("response_metadata").path("next_cursor").asText("");
            if (cursor.isEmpty()) {
                return new Absent();
            }
        }
        return new Unknown("more than " + PAGES + " pages");
    }

    private static String field(FormBody form, String name) {
        for (int i = 0; i < form.size(); i++) {
            if (form.name(i).equals(name)) {
                return form.value(i);
            }
        }
        return null;
    }
}
