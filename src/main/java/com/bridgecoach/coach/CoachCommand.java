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

    /** Show or pin the deal plan of the channel the command came from. */
    record Plan() implements CoachCommand {
    }

    /** Delete everything the store keeps about the rep. */
    record ForgetMe() implements CoachCommand {
    }
}
