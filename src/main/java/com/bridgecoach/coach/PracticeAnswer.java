package com.bridgecoach.coach;

import java.util.Optional;

/**
 * What to post after a rep's turn.
 *
 * @param line      the persona's reply; null when the rep ended the session
 * @param scorecard the scorecard; null while the session goes on
 * @param sessionId the role-play's session
 * @param turn      the number of the turn {@code line} answers; 0 when there is no line
 */
public record PracticeAnswer(PersonaLine line, Reply scorecard, String sessionId, int turn) {

    public Optional<PersonaLine> reply() {
        return Optional.ofNullable(line);
    }

    public Optional<Reply> card() {
        return Optional.ofNullable(scorecard);
    }
}
