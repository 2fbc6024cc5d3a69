package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SocketReconnectorTest {

    @Test
    void waits_double_from_the_first_and_stop_at_the_cap() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(List.of(1, 2, 3, 4, 5, 40).stream().map(backoff::before).toList()).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_drop_is_repaired_after_failed_attempts_each_waiting_longer_and_nothing_more_happens_once_alive() throws Exception {
        AtomicBoolean alive = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch back = new CountDownLatch(1);
        SocketReconnector.Link link = new SocketReconnector.Link() {
            @Override
            public boolean alive() {
                return alive.get();
            }

            @Override
            public void reconnect() throws IOException {
                if (attempts.incrementAndGet() < 4) {
                    throw new IOException("refused");
                }
                alive.set(true);
                back.countDown();
            }
        };
        List<Duration> waits = new CopyOnWriteArrayList<>();
        try (SocketReconnector reconnector = new SocketReconnector(link,
                new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(300)), waits::add, Duration.ofHours(1))) {
            reconnector.start();
            alive.set(false);
            assertThat(reconnector.dropped()).isTrue();
            assertThat(back.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(attempts).hasValue(4);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofMillis(300));
    }

    @Test
    void once_closed_a_drop_brings_no_reconnect() {
        AtomicInteger attempts = new AtomicInteger();
        SocketReconnector reconnector = new SocketReconnector(new SocketReconnector.Link() {
            @Override
            public boolean alive() {
                return false;
            }

            @Override
            public void reconnect() {
                attempts.incrementAndGet();
            }
        }, ReconnectBackoff.DEFAULT, d -> { }, Duration.ofHours(1));
        reconnector.start();
        reconnector.close();
        assertThat(reconnector.dropped()).isFalse();
        assertThat(attempts).hasValue(0);
    }
}
