package com.bridgecoach.coach;

/** The result of asking for a role-play: refused with a notice, or begun. */
public sealed interface PracticeStart {

    record Refused(Reply notice) implements PracticeStart {
    }

    /**
     * @param card    the scenario card, to post where the conversation will happen
     * @param opening the persona's first line, to post under the card
     * @param ack     a private note to whoever started it
     */
    record Begun(String sessionId, String repId, Reply card, PersonaLine opening, Reply ack) implements PracticeStart {
    }
}
