package com.bridgecoach.deals;

import java.time.Instant;

/**
 * One change to a deal plan, kept with who made it and when.
 *
 * @param changedBy the Slack user id, or empty once that rep asked to be forgotten
 */
public record PlanChange(String channelId, String field, String from, String to, String changedBy, Instant at) {

    public PlanChange {
        if (channelId == null || field == null || from == null || to == null || at == null) {
            throw new IllegalArgumentException("a plan change needs its channel, field, values and time");
        }
        changedBy = changedBy == null ? "" : changedBy;
    }
}
