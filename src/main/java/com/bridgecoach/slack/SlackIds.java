package com.bridgecoach.slack;

import java.util.regex.Pattern;

/** Every Slack command, action and callback id the app uses, in one place. */
final class SlackIds {
    static final String COMMAND = "/coach";

    /** Answer buttons are numbered, since action ids must be unique within a message. */
    static final String ANSWER_PREFIX = "coach.answer.";
    static final Pattern ANSWER = Pattern.compile("^coach\\.answer\\.\\d+$");

    /** The button that shows the help. */
    static final String HELP = "coach.help";

    private SlackIds() {
    }
}
