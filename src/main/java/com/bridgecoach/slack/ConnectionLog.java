package com.bridgecoach.slack;

import com.slack.api.socket_mode.listener.WebSocketCloseListener;
import com.slack.api.socket_mode.listener.WebSocketErrorListener;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says in the log when the Socket Mode connection drops or fails, and tells the reconnector a drop happened. */
final class ConnectionLog implements WebSocketCloseListener, WebSocketErrorListener {
    private static final Logger log = LoggerFactory.getLogger(ConnectionLog.class);
    private final AtomicInteger drops = new AtomicInteger();
    private final BooleanSupplier onDrop;

    /** {@code onDrop} hears of each drop and answers whether a reconnect follows (not while stopping). */
    ConnectionLog(BooleanSupplier onDrop) {
        this.onDrop = onDrop;
    }

    @Override
    public void handle(Integer code, String reason) {
        boolean reconnecting = onDrop.getAsBoolean();
        log.warn("socket_mode=disconnected code={} reason=\"{}\" drops={} action={}", code,
                reason == null ? "" : reason.replace('"', '\''), drops.incrementAndGet(), reconnecting ? "reconnecting" : "none_stopping");
    }

    @Override
    public void handle(Throwable error) {
        log.warn("socket_mode=error kind={} action=reconnecting", error.getClass().getSimpleName());
    }

    int drops() {
        return drops.get();
    }
}
