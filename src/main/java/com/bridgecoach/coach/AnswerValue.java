package com.bridgecoach.coach;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The state an answer button carries: which question, which answer. Small enough for any action value. */
public final class AnswerValue {
    private static final Pattern FORM = Pattern.compile("q:([a-z0-9_]{1,60}):([0-9])");

    private AnswerValue() {
    }

    private static final String TRANSLATE = "t:";

    /** The state of a "translate this" button: the claim itself. */
    static String translate(String claim) {
        return TRANSLATE + claim;
    }

    /** The claim a "translate this" button carries, if the value is one. */
    public static Optional<String> claim(String value) {
        return value != null && value.startsWith(TRANSLATE) && value.length() > TRANSLATE.length()
                ? Optional.of(value.substring(TRANSLATE.length()))
                : Optional.empty();
    }

    static String of(String questionId, int answer) {
        return "q:" + questionId + ":" + answer;
    }

    /** The question id and answer index, if the value is well formed. */
    public record Parsed(String questionId, int answer) {
    }

    public static Optional<Parsed> parse(String value) {
        Matcher m = FORM.matcher(value == null ? "" : value);
        return m.matches() ? Optional.of(new Parsed(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }
}
