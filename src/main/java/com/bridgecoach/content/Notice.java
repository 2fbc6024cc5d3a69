package com.bridgecoach.content;

/** The notices the code needs from {@code messages.yml}; the validator insists each one is there. */
public enum Notice {
    TOO_LONG("too_long"),
    UNKNOWN_COMMAND("unknown_command"),
    RATE_LIMITED("rate_limited"),
    SOMETHING_WENT_WRONG("something_went_wrong"),
    UNCLEAR_INTRO("unclear_intro"),
    AMBIGUOUS_INTRO("ambiguous_intro"),
    STALE_ACTION("stale_action"),
    INTERVIEW_TAMPERED("interview_tampered"),
    INTERVIEW_STALE("interview_stale"),
    PRACTICE_HINT("practice_hint"),
    SHARE_IN_SLACK_ONLY("share_in_slack_only"),
    TRANSLATE_USAGE("translate_usage"),
    CHECK_USAGE("check_usage"),
    CHAMPION_USAGE("champion_usage"),
    CHECK_CLEAN("check_clean"),
    NO_TEXT("no_text"),
    FORGOTTEN("forgotten"),
    NOTHING_KEPT("nothing_kept"),
    PLAN_IN_SLACK_ONLY("plan_in_slack_only"),
    PRACTICE_UNKNOWN_SCENARIO("practice_unknown_scenario"),
    PRACTICE_STARTED("practice_started"),
    PRACTICE_CANNOT_POST("practice_cannot_post"),
    PRACTICE_ENDED_EARLY("practice_ended_early"),
    TEAM_EMPTY("team_empty"),
    TRANSCRIPT_PRIVATE("transcript_private"),
    SLACK_UNAVAILABLE("slack_unavailable"),
    STORE_UNAVAILABLE("store_unavailable"),
    PRACTICE_REPLY_DELAYED("practice_reply_delayed"),
    PRACTICE_SCORECARD_DELAYED("practice_scorecard_delayed"),
    SLACK_NOT_IN_CHANNEL("slack_not_in_channel"),
    SLACK_CHANNEL_NOT_FOUND("slack_channel_not_found"),
    SLACK_ARCHIVED("slack_archived"),
    SLACK_TOO_LONG("slack_too_long"),
    SLACK_NOT_ALLOWED("slack_not_allowed"),
    SLACK_MISSING_SCOPE("slack_missing_scope"),
    SLACK_FORM_EXPIRED("slack_form_expired"),
    SLACK_REFUSED("slack_refused"),
    SLACK_UNCONFIRMED("slack_unconfirmed"),
    SLACK_UNREACHABLE("slack_unreachable");

    private final String key;

    Notice(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
