package com.bridgecoach.coach;

import java.util.List;

/**
 * What the coach says, independent of where it is shown: Slack renders it as Block Kit,
 * the terminal as text or JSON. No renderer adds coaching of its own.
 *
 * @param title    one line that names the answer
 * @param sections the body, in reading order
 * @param actions  what the rep can do next (buttons in Slack, numbered options in the terminal)
 */
public record Reply(String title, List<Section> sections, List<Action> actions) {

    public Reply {
        sections = List.copyOf(sections);
        actions = List.copyOf(actions);
    }

    public static Reply notice(String text) {
        return new Reply(text, List.of(), List.of());
    }

    /** A block of the reply. */
    public record Section(String heading, Style style, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }

        public static Section text(String heading, String text) {
            return new Section(heading, Style.TEXT, List.of(text));
        }
    }

    /** How a section's lines are meant to be read. */
    public enum Style {
        /** Prose, one paragraph a line. */
        TEXT,
        /** Lines the rep says out loud, word for word. */
        SAY,
        /** Points to keep in mind. */
        LIST,
        /** Small print: confidence, evidence, provenance. */
        CONTEXT
    }

    /** Something the rep can do next; {@code value} carries whatever state the action needs. */
    public record Action(ActionKind kind, String label, String value) {
    }

    /** The kinds of next steps a reply can offer. */
    public enum ActionKind {
        /** Answer the question the coach asked; value names the question and the answer. */
        ANSWER,
        /** Show the help. */
        HELP,
        /** Rewrite a claim for the CMO, the CIO and both; value names the pattern (and variant) in play. */
        TRANSLATE,
        /** Role-play this situation; value names the pattern (and variant) in play. */
        PRACTISE,
        /** Post this recommendation to a channel; value names the pattern (and variant) in play. */
        SHARE,
        /** Start the guided interview from what a diagnosis found; value is an interview state. */
        WALK_THROUGH,
        /** Answer an interview question; value is the interview state the answer leads to. */
        INTERVIEW_ANSWER,
        /** Undo the last interview answer; value is the state before it. */
        BACK,
        /** Begin the interview again; value is a fresh interview state. */
        START_OVER,
        /** Change the channel's deal plan; value names the field and its new value. */
        PLAN,
        /** Start a coaching conversation (from the Home tab); value is the command word, empty to diagnose. */
        START
    }
}
