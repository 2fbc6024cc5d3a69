package com.bridgecoach.deals;

import com.bridgecoach.coach.Reply;
import java.time.Instant;

/**
 * A result a rep shared into a deal channel: what it was, who shared it, where and when.
 *
 * @param shareKey  one click's identity (message, button, rep): the same click never shares twice
 * @param kind      what kind of result it was (diagnosis, pattern, answer, …)
 * @param messageTs the channel message, empty until it is posted
 */
public record SharedRecommendation(
        String shareKey, String kind, String title, Reply reply, String sharedBy, String channelId, String messageTs, Instant sharedAt) {

    public SharedRecommendation {
        if (shareKey == null || shareKey.isBlank() || sharedBy == null || sharedBy.isBlank()
                || channelId == null || channelId.isBlank() || reply == null || sharedAt == null) {
            throw new IllegalArgumentException("a shared recommendation needs its key, reply, rep, channel and time");
        }
        kind = kind == null ? "" : kind;
        title = title == null ? reply.title() : title;
        messageTs = messageTs == null ? "" : messageTs;
    }
}
