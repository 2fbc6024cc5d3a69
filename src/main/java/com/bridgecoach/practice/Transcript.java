package com.bridgecoach.practice;

import java.util.List;

/** A session's conversation, turn 0 being the persona's opening. */
public record Transcript(SessionSummary session, List<PracticeSessions.TurnRecord> turns) {
    public Transcript {
        turns = List.copyOf(turns);
    }
}
