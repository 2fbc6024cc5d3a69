package com.bridgecoach.content;

import com.bridgecoach.content.ContentLoader.Parsed;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small field checks the content validators share. Each failed check adds one {@link ContentError} naming the
 * file, line and field to the error list the validators fill together.
 */
final class FieldChecks {
    /** Slack's limit on a button label. */
    static final int MAX_BUTTON_LABEL = 75;
    private static final Pattern SNAKE_ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final List<ContentError> errors;

    FieldChecks(List<ContentError> errors) {
        this.errors = errors;
    }

    /** Text that must not be null or blank. */
    void text(Parsed<?> file, String pointer, String value) {
        if (value == null || value.isBlank()) {
            errors.add(file.error(pointer, "must not be empty"));
        }
    }

    /** Text that must not be empty and may use only the {@code {placeholders}} allowed. */
    void text(Parsed<?> file, String pointer, String value, Set<String> placeholders) {
        if (value == null || value.isBlank()) {
            errors.add(file.error(pointer, "must not be empty"));
            return;
        }
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            if (!placeholders.contains(m.group(1))) {
                errors.add(file.error(pointer, "unknown placeholder {" + m.group(1) + "}"
                        + (placeholders.isEmpty() ? "" : " (allowed: " + String.join(", ", placeholders.stream().sorted().toList()) + ")")));
            }
        }
    }

    /** At least {@code min} lines, none of them empty. */
    void lines(Parsed<?> file, String pointer, List<String> values, int min) {
        atLeast(file, pointer, values, min);
        for (int i = 0; i < values.size(); i++) {
            text(file, pointer + "/" + i, values.get(i));
        }
    }

    /** At least {@code min} lines, none of them empty, each using only the allowed placeholders. */
    void lines(Parsed<?> file, String pointer, List<String> values, int min, Set<String> placeholders) {
        atLeast(file, pointer, values, min);
        for (int i = 0; i < values.size(); i++) {
            text(file, pointer + "/" + i, values.get(i), placeholders);
        }
    }

    /** Text that must not be empty and must contain {@code placeholder}, e.g. {@code {seconds}}. */
    void placeholder(Parsed<?> file, String pointer, String value, String placeholder) {
        text(file, pointer, value);
        if (value != null && !value.contains(placeholder)) {
            errors.add(file.error(pointer, "must contain " + placeholder));
        }
    }

    /**
     * A template whose {placeholders} are exactly {@code names}: each must be there, since the code fills it in, and
     * no other may be, since nothing would fill it.
     */
    void template(Parsed<?> file, String pointer, String value, String... names) {
        text(file, pointer, value, Set.of(names));
        if (value == null || value.isBlank()) {
            return;
        }
        for (String name : names) {
            if (!value.contains("{" + name + "}")) {
                errors.add(file.error(pointer, "must contain {" + name + "}"));
            }
        }
    }

    /** Text Slack shows in a place with its own limit, such as a modal's title (24 characters). */
    void limited(Parsed<?> file, String pointer, String value, int max) {
        text(file, pointer, value, Set.of());
        if (value != null && value.length() > max) {
            errors.add(file.error(pointer, "longer than Slack's " + max + "-character limit here"));
        }
    }

    /** A button label: not empty, and within Slack's limit. */
    void label(Parsed<?> file, String pointer, String value) {
        text(file, pointer, value);
        if (value != null && value.length() > MAX_BUTTON_LABEL) {
            errors.add(file.error(pointer, "longer than Slack's " + MAX_BUTTON_LABEL + "-character button label"));
        }
    }

    /** Whether {@code value} is a lower_snake_case id; says so when it is not. */
    boolean snakeId(Parsed<?> file, String pointer, String value) {
        return id(file, pointer, value, SNAKE_ID, "ids are lower_snake_case");
    }

    /** Whether {@code value} has the id {@code format}; adds {@code message} when it does not. */
    boolean id(Parsed<?> file, String pointer, String value, Pattern format, String message) {
        if (value == null || !format.matcher(value).matches()) {
            errors.add(file.error(pointer, message));
            return false;
        }
        return true;
    }

    void range(Parsed<?> file, String pointer, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(file.error(pointer, "must be between " + min + " and " + max + " (is " + value + ")"));
        }
    }

    void decimalRange(Parsed<?> file, String pointer, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            errors.add(file.error(pointer, "must be between " + min + " and " + max + " (is " + value + ")"));
        }
    }

    private void atLeast(Parsed<?> file, String pointer, List<?> values, int min) {
        if (values.size() < min) {
            errors.add(file.error(pointer, "give at least " + min + " (has " + values.size() + ")"));
        }
    }
}
