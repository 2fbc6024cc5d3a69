package com.bridgecoach.practice;

/** What the persona does next, decided by trust after each rep turn. */
public enum Move {
    /** The persona's first line, before the rep speaks. */
    OPEN,
    /** Trust rose: the persona gives a little. */
    SOFTEN,
    /** Trust crossed the reveal line: the persona says what is really worrying them. */
    REVEAL,
    /** Nothing moved: the persona waits for something concrete. */
    HOLD,
    /** Trust fell: the persona pushes back. */
    HARDEN,
    /** Past the reveal and trusting: the persona agrees to a next step. Ends the session. */
    WON_OVER,
    /** Trust ran out: the persona ends the meeting. Ends the session. */
    WALK_AWAY,
    /** The last turn: the persona has to leave. Ends the session. */
    TIME_UP;

    public boolean ends() {
        return this == WON_OVER || this == WALK_AWAY || this == TIME_UP;
    }
}
