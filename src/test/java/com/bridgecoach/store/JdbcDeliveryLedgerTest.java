package com.bridgecoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JdbcDeliveryLedgerTest {
    @TempDir
    Path dir;

    static java.util.List<String> kinds() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_key_is_claimed_once_even_through_two_ledgers_and_long_or_unicode_keys_fit(String kind) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(TestDatabases.freshUrl(kind, dir))) {
            JdbcDeliveryLedger one = new JdbcDeliveryLedger(db, clock);
            JdbcDeliveryLedger two = new JdbcDeliveryLedger(db, clock);
            assertThat(one.claim("event:Ev01")).isTrue();
            assertThat(two.claim("event:Ev01")).isFalse();
            assertThat(one.claim("event:Ev01")).isFalse();
            assertThat(two.claim("event:Ev02")).isTrue();

            String long1 = "t".repeat(5000) + "1";
            String long2 = "t".repeat(5000) + "2";
            assertThat(one.claim(long1)).isTrue();
            assertThat(one.claim(long2)).isTrue();
            assertThat(two.claim(long1)).isFalse();
            assertThat(one.claim("trigger:中文\ud83d\ude00")).isTrue();
            assertThat(two.claim("trigger:中文\ud83d\ude00")).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void claims_older_than_the_cutoff_are_purged_and_may_be_claimed_again(String kind) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(TestDatabases.freshUrl(kind, dir))) {
            JdbcDeliveryLedger ledger = new JdbcDeliveryLedger(db, clock);
            ledger.claim("event:old");
            assertThat(ledger.purgeBefore(clock.millis())).isZero();
            assertThat(ledger.purgeBefore(clock.millis() + 1)).isEqualTo(1);
            assertThat(ledger.claim("event:old")).isTrue();
        }
    }
}
