package com.bridgecoach.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.model.Message;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import okhttp3.FormBody;
import okhttp3.Request;

/**
 * The mark every message the bot posts carries in its Slack metadata ({@code event_type} {@value #EVENT_TYPE},
 * {@code event_payload.post_id}). Slack has no idempotency key for chat.postMessage; the mark stands in for one:
 * when Slack's answer to a post is lost, the bot looks for its mark in the conversation before posting again.
 *
 * @param id     what identifies this post; the same for every attempt to post the same thing
 * @param resend true when an earlier attempt may have reached Slack, so the bot looks before the first attempt too
 */
record PostMark(String id, boolean resend) {
    static final String EVENT_TYPE = "bridge_coach_post";
    static final String ID = "post_id";
    /** Read and dropped by {@link WebApiRetries}: Slack never stores it. */
    static final String RESEND = "resend";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The metadata for a post that has an identity of its own (a persona's reply to one turn). */
    static Message.Metadata metadata(String id) {
        return Message.Metadata.builder().eventType(EVENT_TYPE).eventPayload(Map.of(ID, id)).build();
    }

    /** The same, for posting again something an earlier attempt may have posted: look first, post only if absent. */
    static Message.Metadata resend(String id) {
        return Message.Metadata.builder().eventType(EVENT_TYPE).eventPayload(Map.of(ID, id, RESEND, true)).build();
    }

    /** A chat.postMessage request with its mark: the caller's, or a fresh one added to the form. */
    record Marked(Request request, PostMark mark) {
    }

    /** Marks a chat.postMessage form; empty when the body is not a form (then the post cannot be looked for). */
    static Optional<Marked> mark(Request request) {
        if (!(request.body() instanceof FormBody form)) {
            return Optional.empty();
        }
        FormBody.Builder rebuilt = new FormBody.Builder();
        PostMark mark = null;
        for (int i = 0; i < form.size(); i++) {
            if (form.name(i).equals("metadata")) {
                Optional<PostMark> ours = read(form.value(i));
                if (ours.isPresent()) {
                    mark = ours.get();
                    rebuilt.add("metadata", metadataJson(mark.id()));
                    continue;
                }
                // someone else's metadata: the post keeps it and cannot carry our mark
                return Optional.empty();
            }
            rebuilt.add(form.name(i), form.value(i));
        }
        if (mark == null) {
            mark = new PostMark(UUID.randomUUID().toString(), false);
            rebuilt.add("metadata", metadataJson(mark.id()));
        }
        return Optional.of(new Marked(request.newBuilder().post(rebuilt.build()).build(), mark));
    }

    /** The mark in a message as Slack returns it (conversations.history/replies with include_all_metadata). */
    static Optional<String> idIn(JsonNode message) {
        JsonNode metadata = message.path("metadata");
        if (!EVENT_TYPE.equals(metadata.path("event_type").asText())) {
            return Optional.empty();
        }
        String id = metadata.path("event_payload").path(ID).asText("");
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    private static Optional<PostMark> read(String metadataJson) {
        try {
            JsonNode node = JSON.readTree(metadataJson);
            if (!EVENT_TYPE.equals(node.path("event_type").asText())) {
                return Optional.empty();
            }
            String id = node.path("event_payload").path(ID).asText("");
            return id.isEmpty() ? Optional.empty() : Optional.of(new PostMark(id, node.path("event_payload").path(RESEND).asBoolean(false)));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String metadataJson(String id) {
        ObjectNode node = JSON.createObjectNode();
        node.put("event_type", EVENT_TYPE);
        node.putObject("event_payload").put(ID, id);
        return node.toString();
    }
}
