package com.bridgecoach.content;

import java.util.List;

/**
 * The joint commitment conversation: clinical and IT leadership in one room, on goals they share.
 *
 * @param title      one line naming the plan
 * @param when       when in the deal to hold it
 * @param invite     who to invite, and why each one
 * @param invitation the invitation, framed on shared goals
 * @param agenda     the meeting, in order
 * @param metrics    success metrics both sides care about, each for its own reason
 * @param avoid      what sinks such a meeting
 */
public record JointPlan(
        String title,
        String when,
        List<Invitee> invite,
        Invitation invitation,
        List<AgendaItem> agenda,
        List<SharedMetric> metrics,
        List<String> avoid) {

    public JointPlan {
        invite = List.copyOf(invite);
        agenda = List.copyOf(agenda);
        metrics = List.copyOf(metrics);
        avoid = List.copyOf(avoid);
    }

    public record Invitee(String who, String why) {
    }

    public record Invitation(String subject, String body) {
    }

    public record AgendaItem(int minutes, String item) {
    }

    /** A metric and why each side wants it. */
    public record SharedMetric(String metric, String cmoWhy, String cioWhy) {
    }
}
