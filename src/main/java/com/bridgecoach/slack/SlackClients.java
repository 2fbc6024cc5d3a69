package com.bridgecoach.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack SDK clients and the Bolt app, before any handler is on it. They need only the settings, so start-up
 * builds them (Bolt, the SDK, Gson, okhttp) and checks the bot token while the coaching content is still loading;
 * {@link SlackCoachApp} then puts its handlers on the app.
 */
public final class SlackClients {
    private static final Logger log = LoggerFactory.getLogger(SlackClients.class);

    private final SlackSettings settings;
    private final Slack slack;
    private final Slack publishing;
    private final App app;

    public SlackClients(SlackSettings settings, Pause pause, Clock clock) {
        this.settings = settings;
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
        slackConfig.setPrettyResponseLoggingEnabled(false);
        this.slack = withRetries(slackConfig, pause, true, clock);
        // the publisher answers rate limits itself (telling the rep how long); 5xx and timeouts are retried beneath it
        this.publishing = withRetries(slackConfig, pause, false, clock);
        AppConfig config = AppConfig.builder()
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .slack(slack)
                // edits, deletions and other message subtypes are acknowledged and left alone
                .subtypedMessageEventsAutoAckEnabled(true)
                // SlackEventsEndpoint checks every HTTP request's signature before the app sees it (Socket Mode
                // requests carry none); Bolt's own check would compute the same HMAC a second time
                .requestVerificationEnabled(false)
                .build();
        this.app = new App(config);
    }

    /** A Slack client whose every call (Web API and response_url) goes through {@link WebApiRetries}. */
    private static Slack withRetries(SlackConfig config, Pause pause, boolean rateLimits, Clock clock) {
        okhttp3.OkHttpClient ok = new WebApiRetries(pause, rateLimits, clock)
                .install(com.slack.api.util.http.SlackHttpClient.buildOkHttpClient(config));
        com.slack.api.util.http.SlackHttpClient http = new com.slack.api.util.http.SlackHttpClient(ok);
        http.setConfig(config);
        return Slack.getInstance(config, http);
    }

    /**
     * Authenticates the bot token now (Bolt's auth.test) rather than inside the first request, which has
     * Slack's three seconds to answer. A failure is only logged: Bolt tries again on the next request.
     */
    public void warmUp() {
        try {
            app.start();
        } catch (RuntimeException e) {
            log.warn("Slack did not accept the bot token at start-up ({}); trying again on the first request", e.getMessage());
        }
    }

    SlackSettings settings() {
        return settings;
    }

    Slack slack() {
        return slack;
    }

    Slack publishing() {
        return publishing;
    }

    App app() {
        return app;
    }
}
