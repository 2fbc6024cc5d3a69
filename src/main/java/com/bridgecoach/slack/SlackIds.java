package com.bridgecoach.slack;

import java.util.regex.Pattern;

/** Every Slack command, action and callback id the app uses, in one place. */
final class SlackIds {
    static final String COMMAND = "/coach";

    /** Answer buttons are numbered, since action ids must be unique within a message. */
    static final String ANSWER_PREFIX = "coach.answer.";
    static final Pattern ANSWER = Pattern.compile("^coach\\.answer\\.\\d+$");

    /** Interview answers are numbered like the separator answers; the rest appear at most once a message. */
    static final String INTERVIEW_ANSWER_PREFIX = "coach.interview.answer.";
    static final Pattern INTERVIEW_ANSWER = Pattern.compile("^coach\\.interview\\.answer\\.\\d+$");
    static final String INTERVIEW_BACK = "coach.interview.back";
    static final String INTERVIEW_START_OVER = "coach.interview.start_over";
    static final String WALK_THROUGH = "coach.walk_through";
    static final String TRANSLATE = "coach.translate";
    static final String PRACTISE = "coach.practise";
    static final String SHARE = "coach.share";
    static final String HELP = "coach.help";

    /** The global shortcut "Coach me on a deal" (callback id, as in manifest.yml). */
    static final String SHORTCUT_INTERVIEW = "coach_me_on_a_deal";
    /** The modal the shortcut opens; the interview runs inside it. */
    static final String INTERVIEW_VIEW = "coach.interview.view";

    /** The action id a button of this kind gets; {@code index} keeps numbered ids unique within a message. */
    static String actionId(com.bridgecoach.coach.Reply.ActionKind kind, int index) {
        return switch (kind) {
            case ANSWER -> ANSWER_PREFIX + index;
            case INTERVIEW_ANSWER -> INTERVIEW_ANSWER_PREFIX + index;
            case BACK -> INTERVIEW_BACK;
            case START_OVER -> INTERVIEW_START_OVER;
            case WALK_THROUGH -> WALK_THROUGH;
            case TRANSLATE -> TRANSLATE;
            case PRACTISE -> PRACTISE;
            case SHARE -> SHARE;
            case HELP -> HELP;
            case PLAN -> PLAN_PREFIX + index;
            case START -> START_PREFIX + index;
        };
    }

    /** The message shortcut "Translate for CMO / CIO" (callback id, as in manifest.yml). */
    static final String TRANSLATE_SHORTCUT = "coach_translate_message";

    /** The modal that shortcut opens. */
    static final String TRANSLATE_MODAL = "coach.translate_modal";

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
