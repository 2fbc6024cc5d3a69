package com.bridgecoach.slack;

import java.util.regex.Pattern;

/** Every Slack command, action and callback id the app uses, in one place. */
final class SlackIds {
    static final String COMMAND = "/coach";

    /** Answer buttons are numbered, since action ids must be unique within a message. */
    static final String ANSWER_PREFIX = "coach.answer.";
    static final Pattern ANSWER = Pattern.compile("^coach\\.answer\\.\\d+$");

    /** The "Translate this for both" button; its value carries the claim. */
    static final String TRANSLATE_ACTION = "coach.translate";

    /** The message shortcut "Translate for CMO / CIO" (callback id, as in manifest.yml). */
    static final String TRANSLATE_SHORTCUT = "coach_translate_message";

    /** The modal that shortcut opens. */
    static final String TRANSLATE_MODAL = "coach.translate_modal";

    private SlackIds() {
    }
}
