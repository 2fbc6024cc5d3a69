package com.bridgecoach.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the same Bolt app over Socket Mode: Slack is reached outbound, no port is opened. The SDK's session
 * monitor notices a dropped or stale connection and reconnects; {@link ConnectionLog} says so in the log.
 */
public final class SocketModeRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketModeRunner.class);

    private final SlackCoachApp coachApp;
    private final String appToken;
    private SocketModeApp socket;

    public SocketModeRunner(SlackCoachApp coachApp, String appToken) {
        if (appToken == null || !appToken.startsWith("xapp-")) {
            throw new IllegalArgumentException("Socket Mode needs SLACK_APP_TOKEN, an app-level token starting with xapp-");
        }
        this.coachApp = coachApp;
        this.appToken = appToken;
    }

    /** Connects and returns; the connection lives (and reconnects) until {@link #close()}. */
    public synchronized void run() throws Exception {
        socket = new SocketModeApp(appToken, coachApp.app());
        socket.startAsync();
        SocketModeClient client = socket.getClient();
        ConnectionLog connection = new ConnectionLog();
        client.setAutoReconnectEnabled(true);
        client.addWebSocketCloseListener(connection);
        client.addWebSocketErrorListener(connection);
        log.info("socket_mode=connected auto_reconnect={} session_monitor={}", client.isAutoReconnectEnabled(), client.isSessionMonitorEnabled());
    }

    @Override
    public synchronized void close() throws Exception {
        if (socket != null) {
            socket.stop();
            socket = null;
        }
    }
}
