package com.bridgecoach.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the same Bolt app over Socket Mode: Slack is reached outbound, no port is opened. When the connection
 * drops, {@link SocketReconnector} reopens it with a growing wait between attempts; {@link ConnectionLog} and
 * the reconnector say so in the log.
 */
public final class SocketModeRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketModeRunner.class);
    /** How often a quiet connection is checked (a ping answered by a pong). */
    static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    private final SlackCoachApp coachApp;
    private final String appToken;
    private final Pause pause;
    private final ReconnectBackoff backoff;
    private SocketModeApp socket;
    private SocketReconnector reconnector;

    public SocketModeRunner(SlackCoachApp coachApp, String appToken, Pause pause) {
        this(coachApp, appToken, pause, ReconnectBackoff.DEFAULT);
    }

    SocketModeRunner(SlackCoachApp coachApp, String appToken, Pause pause, ReconnectBackoff backoff) {
        if (appToken == null || !appToken.startsWith("xapp-")) {
            throw new IllegalArgumentException("Socket Mode needs SLACK_APP_TOKEN, an app-level token starting with xapp-");
        }
        this.coachApp = coachApp;
        this.appToken = appToken;
        this.pause = pause;
        this.backoff = backoff;
    }

    /** Connects and returns; the connection lives (and is reopened after drops) until {@link #close()}. */
    public synchronized void run() throws Exception {
        socket = new SocketModeApp(appToken, coachApp.app());
        socket.startAsync();
        SocketModeClient client = socket.getClient();
        // the SDK would retry at once after a drop and then every ten seconds without end; ours backs off
        client.setAutoReconnectOnCloseEnabled(false);
        client.getSessionMonitorExecutor().ifPresent(ExecutorService::shutdownNow);
        reconnector = new SocketReconnector(new SocketReconnector.Link() {
            @Override
            public boolean alive() {
                return client.verifyConnection();
            }

            @Override
            public void reconnect() throws Exception {
                client.connectToNewEndpoint();
            }
        }, backoff, pause, CHECK_EVERY);
        ConnectionLog connection = new ConnectionLog(reconnector::dropped);
        client.addWebSocketCloseListener(connection);
        client.addWebSocketErrorListener(connection);
        reconnector.start();
        log.info("socket_mode=connected reconnect_first_wait_ms={} reconnect_max_wait_ms={}",
                backoff.first().toMillis(), backoff.cap().toMillis());
    }

    @Override
    public synchronized void close() throws Exception {
        if (reconnector != null) {
            reconnector.close();
            reconnector = null;
        }
        if (socket != null) {
            socket.stop();
            socket = null;
        }
    }
}
