package com.bridgecoach;

import java.util.Map;

/**
 * Everything Bridge Coach reads from the environment. Secrets never appear in {@link #toString()}.
 */
public record Settings(
        String botToken,
        String signingSecret,
        String appToken,
        String slackApiUrl,
        String host,
        int port,
        String databaseUrl,
        String promptsDir,
        int retentionDays) {

    /** Settings with the default retention period. */
    public Settings(String botToken, String signingSecret, String appToken, String slackApiUrl, String host, int port,
                    String databaseUrl, String promptsDir) {
        this(botToken, signingSecret, appToken, slackApiUrl, host, port, databaseUrl, promptsDir, DEFAULT_RETENTION_DAYS);
    }

    /** How long records about reps are kept, unless RETENTION_DAYS says otherwise. */
    public static final int DEFAULT_RETENTION_DAYS = 180;

    public static Settings fromEnvironment(Map<String, String> env) {
        return new Settings(
                blankToNull(env.get("SLACK_BOT_TOKEN")),
                blankToNull(env.get("SLACK_SIGNING_SECRET")),
                blankToNull(env.get("SLACK_APP_TOKEN")),
                blankToNull(env.get("SLACK_API_URL")),
                env.getOrDefault("HOST", "0.0.0.0"),
                port(env.get("PORT")),
                blankToNull(env.get("DATABASE_URL")),
                blankToNull(env.get("PROMPTS_DIR")),
                retentionDays(env.get("RETENTION_DAYS")));
    }

    public boolean hasHttpCredentials() {
        return botToken != null && signingSecret != null;
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return 3000;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number from 0 to 65535, not '" + value + "'");
        }
    }

    private static int retentionDays(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_RETENTION_DAYS;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days < 1 || days > 36_500) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("RETENTION_DAYS must be a number of days from 1 to 36500, not '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "Settings[botToken=" + (botToken == null ? "(unset)" : "(set)")
                + ", signingSecret=" + (signingSecret == null ? "(unset)" : "(set)")
                + ", appToken=" + (appToken == null ? "(unset)" : "(set)")
                + ", slackApiUrl=" + slackApiUrl + ", host=" + host + ", port=" + port
                + ", databaseUrl=" + (databaseUrl == null ? "(default)" : "(set)") + ", promptsDir=" + promptsDir
                + ", retentionDays=" + retentionDays + "]";
    }
}
