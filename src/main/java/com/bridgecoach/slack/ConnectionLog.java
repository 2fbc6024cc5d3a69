package com.bridgecoach.slack;

import com.slack.api.socket_mode.listener.WebSocketCloseListener;
import com.slack.api.socket_mode.listener.WebSocketErrorListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says in the log when the Socket Mode connection drops or fails, and that a reconnect follows. */
final class ConnectionLog implements WebSocketCloseListener, WebSocketErrorListener {
    private static final Logger log = LoggerFactory.getLogger(ConnectionLog.class);
    private final AtomicInteger drops = new AtomicInteger();

    @Override
    public void handle(Integer code, String reason) {
        log.warn("socket_mode=disconnected code={} reason=\"{}\" drops={} action=reconnecting", code,
                reason == null ? "" : reason.replace('"', '\''), drops.incrementAndGet());
    }

    @Override
    public void handle(Throwable error) {
        log.warn("socket_mode=error kind={} action=reconnecting", error.getClass().getSimpleName());
    }

    int drops() {
        return drops.get();
    }
}
