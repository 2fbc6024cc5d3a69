package com.bridgecoach.coach;

/** What a rep asked for, as parsed from the text after {@code /coach} (or a line in the terminal). */
public sealed interface CoachCommand {

    /** Show the commands. */
    record Help() implements CoachCommand {
    }

    /** Walk through the guided interview ({@code /coach} with nothing after it). */
    record StartInterview() implements CoachCommand {
    }

    /** Diagnose a situation described in free text. */
    record Diagnose(String situation) implements CoachCommand {
    }

    /** A word that looks like a command but is none. */
    record Unknown(String word, String suggestion) implements CoachCommand {
    }


    /** Rewrite a claim for the CMO, the CIO and both. */
    record Translate(String claim) implements CoachCommand {
    }

    /** Check a draft for its audience ({@code cmo} or {@code cio}). */
    record Check(com.bridgecoach.content.Audience audience, String draft) implements CoachCommand {
    }

    /** The kit a champion needs to sell to the other side. */
    record Champion(com.bridgecoach.content.ChampionSide side) implements CoachCommand {
    }

    /** A plan for the joint commitment conversation. */
    record Joint() implements CoachCommand {
    }

    /** A command given without what it needs; {@code command} names it, for its usage line. */
    record Usage(String command) implements CoachCommand {
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
