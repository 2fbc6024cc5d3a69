package com.bridgecoach.slack;

/**
 * How to reach Slack. Secrets stay in this record and are never printed: {@link #toString()} masks them.
 *
 * @param apiUrl base URL of the Web API, ending in a slash
 */
public record SlackSettings(String botToken, String signingSecret, String appToken, String apiUrl) {

    public SlackSettings {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://slack.com/api/" : apiUrl.strip();
        if (!apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
    }

    @Override
    public String toString() {
        return "SlackSettings[botToken=" + mask(botToken) + ", signingSecret=" + mask(signingSecret)
                + ", appToken=" + mask(appToken) + ", apiUrl=" + apiUrl + "]";
    }

    private static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "(unset)" : "(set)";
    }
}
