package com.bridgecoach.coach;

/** What a rep asked for, as parsed from the text after {@code /coach} (or a line in the terminal). */
public sealed interface CoachCommand {

    /** Show the commands. */
    record Help() implements CoachCommand {
    }

    /** Diagnose a situation described in free text. */
    record Diagnose(String situation) implements CoachCommand {
    }

    /** A word that looks like a command but is none. */
    record Unknown(String word, String suggestion) implements CoachCommand {
    }

    /** A command of the product that this build does not offer yet. */
    record Unavailable(String command) implements CoachCommand {
    }

    /** Input over the length the coach reads. */
    record TooLong(int length, int limit) implements CoachCommand {
    }

    /**
     * A practice role-play. Any part may be missing: the coach picks.
     *
     * @param repId    the rep a manager named with an @-mention; null for the one asking
     * @param persona  "cmo" or "cio"; null for either
     * @param scenario a scenario id such as it_veto; null for any
     */
    record Practice(String repId, String persona, String scenario) implements CoachCommand {
    }

    /**
     * Practice history: the team's for a manager, one's own for a rep.
     *
     * @param sessionId a session whose transcript to show; null for the overview
     */
    record Team(String sessionId) implements CoachCommand {
    }
}
