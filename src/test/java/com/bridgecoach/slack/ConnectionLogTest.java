package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConnectionLogTest {
    final Logger logger = (Logger) LoggerFactory.getLogger(ConnectionLog.class);
    final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(lines);
    }

    @Test
    void a_dropped_connection_says_whether_a_reconnect_follows_without_leaking_details() {
        AtomicInteger told = new AtomicInteger();
        ConnectionLog log = new ConnectionLog(() -> told.incrementAndGet() < 2);
        log.handle(1006, "abnormal \"closure\"");
        log.handle(new IOException("xapp-1-secret-token in a message"));
        log.handle(1000, "client stopping");

        assertThat(log.drops()).isEqualTo(2);
        assertThat(told).as("the reconnector is told of each drop at once").hasValue(2);
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "socket_mode=disconnected code=1006 reason=\"abnormal 'closure'\" drops=1 action=reconnecting",
                "socket_mode=error kind=IOException action=reconnecting",
                "socket_mode=disconnected code=1000 reason=\"client stopping\" drops=2 action=none_stopping");
    }
}
