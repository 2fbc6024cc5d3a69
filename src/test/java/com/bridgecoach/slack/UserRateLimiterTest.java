package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.testing.FakeTicker;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserRateLimiterTest {
    private final FakeTicker ticker = new FakeTicker();
    private final UserRateLimiter limiter = new UserRateLimiter(ticker, 3, Duration.ofMinutes(1));

    @Nested
    class WithinTheWindow {

        @Test
        void letsTheFirstRequestsThroughAndRefusesTheOneOverTheLimit() {
            assertThat(limiter.tryAcquire("U1")).isTrue();
            assertThat(limiter.tryAcquire("U1")).isTrue();
            assertThat(limiter.tryAcquire("U1")).isTrue();
            assertThat(limiter.tryAcquire("U1")).isFalse();
            ticker.advance(Duration.ofSeconds(59));
            assertThat(limiter.tryAcquire("U1")).isFalse();
        }

        @Test
        void countsEachUserSeparately() {
            for (int i = 0; i < 3; i++) {
                limiter.tryAcquire("U1");
            }
            assertThat(limiter.tryAcquire("U1")).isFalse();
            assertThat(limiter.tryAcquire("U2")).isTrue();
        }

        @Test
        void reportsTheWindowForTheNotice() {
            assertThat(limiter.windowSeconds()).isEqualTo(60);
        }
    }

    @Nested
    class AfterTheWindow {

        @Test
        void aLimitedUserMayGoAheadAgain() {
            for (int i = 0; i < 4; i++) {
                limiter.tryAcquire("U1");
            }
            ticker.advance(Duration.ofMinutes(1).plusMillis(1));
            assertThat(limiter.tryAcquire("U1")).isTrue();
            assertThat(limiter.tryAcquire("U1")).isTrue();
            assertThat(limiter.tryAcquire("U1")).isTrue();
            assertThat(limiter.tryAcquire("U1")).isFalse();
        }
    }
}
