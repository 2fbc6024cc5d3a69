package com.bridgecoach.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;

/** Runs the same Bolt app over Socket Mode: Slack is reached outbound, no port is opened. */
public final class SocketModeRunner {
    private final SlackCoachApp coachApp;
    private final String appToken;

    public SocketModeRunner(SlackCoachApp coachApp, String appToken) {
        if (appToken == null || !appToken.startsWith("xapp-")) {
            throw new IllegalArgumentException("Socket Mode needs SLACK_APP_TOKEN, an app-level token starting with xapp-");
        }
        this.coachApp = coachApp;
        this.appToken = appToken;
    }

    /** Connects and blocks until the process is stopped. */
    public void run() throws Exception {
        new SocketModeApp(appToken, coachApp.app()).start();
    }
}
