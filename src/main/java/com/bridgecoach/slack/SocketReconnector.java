package com.bridgecoach.slack;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the Socket Mode connection up. It checks the link every so often, and at once when the link
 * reports a drop; a dead link is reopened with a fresh URL from Slack, waiting longer after each failed
 * attempt ({@link ReconnectBackoff}), and every attempt and the recovery are said in the log.
 */
final class SocketReconnector implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketReconnector.class);

    /** The connection as the reconnector sees it. */
    interface Link {
        /** True while the connection is open and answering. */
        boolean alive();

        /** Asks Slack for a new endpoint and connects to it. */
        void reconnect() throws Exception;
    }

    private final Link link;
    private final ReconnectBackoff backoff;
    private final Pause pause;
    private final Duration checkEvery;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private boolean dropped;
    private volatile boolean closed;
    private Thread watcher;

    SocketReconnector(Link link, ReconnectBackoff backoff, Pause pause, Duration checkEvery) {
        this.link = link;
        this.backoff = backoff;
        this.pause = pause;
        this.checkEvery = checkEvery;
    }

    synchronized void start() {
        if (watcher != null) {
            return;
        }
        watcher = new Thread(this::watch, "socket-mode-reconnect");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The link says it closed: check now rather than at the next round. Answers whether a reconnect follows. */
    boolean dropped() {
        if (closed) {
            return false;
        }
        lock.lock();
        try {
            dropped = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        return true;
    }

    private void watch() {
        try {
            while (!closed) {
                awaitNextCheck();
                if (!closed && !link.alive()) {
                    restore();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitNextCheck() throws InterruptedException {
        lock.lock();
        try {
            if (!dropped) {
                wake.awaitNanos(checkEvery.toNanos());
            }
            dropped = false;
        } finally {
            lock.unlock();
        }
    }

    /** Tries again and again, each wait longer than the last up to the cap, until the link is back or we close. */
    private void restore() throws InterruptedException {
        int attempt = 0;
        while (!closed) {
            attempt++;
            Duration wait = backoff.before(attempt);
            log.warn("socket_mode=reconnecting attempt={} wait_ms={}", attempt, wait.toMillis());
            pause.sleep(wait);
            if (closed) {
                return;
            }
            try {
                link.reconnect();
                if (link.alive()) {
                    log.info("socket_mode=reconnected attempts={}", attempt);
                    return;
                }
                log.warn("socket_mode=reconnect_failed attempt={} kind=not_alive", attempt);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                // the exception's message may carry the URL Slack issued (with its ticket): name the kind only
                log.warn("socket_mode=reconnect_failed attempt={} kind={}", attempt, e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread w;
        synchronized (this) {
            w = watcher;
            watcher = null;
        }
        if (w != null) {
            w.interrupt();
            try {
                w.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
