package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
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
    void a_dropped_connection_and_an_error_each_say_a_reconnect_follows_without_leaking_details() {
        ConnectionLog log = new ConnectionLog();
        log.handle(1006, "abnormal \"closure\"");
        log.handle(new IOException("xapp-1-secret-token in a message"));

        assertThat(log.drops()).isEqualTo(1);
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "socket_mode=disconnected code=1006 reason=\"abnormal 'closure'\" drops=1 action=reconnecting",
                "socket_mode=error kind=IOException action=reconnecting");
    }
}
