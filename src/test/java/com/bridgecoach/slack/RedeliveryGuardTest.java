package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.testing.FakeTicker;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RedeliveryGuardTest {
    private final FakeTicker ticker = new FakeTicker();
    private final RedeliveryGuard guard = new RedeliveryGuard(ticker, Duration.ofMinutes(10));

    @Nested
    class WithinTheWindow {

        @Test
        void aRequestIdIsFirstOnceAndARepeatIsNot() {
            assertThat(guard.firstTime("1337.42.abc")).isTrue();
            assertThat(guard.firstTime("1337.42.abc")).isFalse();
            ticker.advance(Duration.ofMinutes(9));
            assertThat(guard.firstTime("1337.42.abc")).isFalse();
        }

        @Test
        void differentIdsDoNotShadowEachOther() {
            assertThat(guard.firstTime("trigger-a")).isTrue();
            assertThat(guard.firstTime("trigger-b")).isTrue();
            assertThat(guard.firstTime("trigger-a")).isFalse();
        }

        @Test
        void aMissingIdIsNeverTreatedAsARepeat() {
            assertThat(guard.firstTime(null)).isTrue();
            assertThat(guard.firstTime(null)).isTrue();
            assertThat(guard.firstTime("  ")).isTrue();
            assertThat(guard.firstTime("  ")).isTrue();
        }
    }

    @Nested
    class AfterTheWindow {

        @Test
        void theIdIsForgottenAndCountsAsFirstAgain() {
            guard.firstTime("1337.42.abc");
            ticker.advance(Duration.ofMinutes(10).plusSeconds(1));
            assertThat(guard.firstTime("1337.42.abc")).isTrue();
            assertThat(guard.firstTime("1337.42.abc")).isFalse();
        }
    }
}
