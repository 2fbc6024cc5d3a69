package com.bridgecoach.practice;

import java.util.List;

/**
 * What a user sees of practice: the reps whose sessions they started, and their own history.
 *
 * @param own null when the user has not practised themselves
 */
public record TeamView(List<RepProgress> reps, RepProgress own) {
    public TeamView {
        reps = List.copyOf(reps);
    }

    public boolean empty() {
        return reps.isEmpty() && own == null;
    }
}
