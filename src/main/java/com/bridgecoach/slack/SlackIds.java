package com.bridgecoach.slack;

import java.util.regex.Pattern;

/** Every Slack command, action and callback id the app uses, in one place. */
final class SlackIds {
    static final String COMMAND = "/coach";

    /** Answer buttons are numbered, since action ids must be unique within a message. */
    static final String ANSWER_PREFIX = "coach.answer.";
    static final Pattern ANSWER = Pattern.compile("^coach\\.answer\\.\\d+$");

    /** Posts a result to the channel and pins it. */
    static final String SHARE = "coach.share";

    /** Deal plan buttons are numbered; the value says which field changes to what. */
    static final String PLAN_PREFIX = "coach.plan.";
    static final Pattern PLAN = Pattern.compile("^coach\\.plan\\.\\d+$");

    /** Home tab buttons that open a form to start coaching. */
    static final String START_PREFIX = "coach.start.";
    static final Pattern START = Pattern.compile("^coach\\.start\\.\\d+$");

    /** The form a Start button opens. */
    static final String START_FORM = "coach.start.form";
    static final String START_BLOCK = "coach.start.input";
    static final String START_INPUT = "text";

    private SlackIds() {
    }
}
