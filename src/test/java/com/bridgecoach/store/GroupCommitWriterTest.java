package com.bridgecoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bridgecoach.content.PatternId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store's group-commit writer: writes queued together share one transaction, each still gets its own
 * answer, one bad write never sinks the rest, reads see what was queued before them, and closing commits
 * what is queued. The writer is held inside a first write (its binding waits on a latch), so that what is
 * queued meanwhile is known to form the next batch.
 */
class GroupCommitWriterTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    static final String CLAIM = "INSERT INTO delivery_claims (claim_key, claimed_at) VALUES (?, ?) ON CONFLICT (claim_key) DO NOTHING";

    @TempDir
    Path dir;

    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    /** Holds the writer inside a write until released. */
    private static CountDownLatch hold(GroupCommitWriter writer) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        writer.submit(CLAIM, s -> {
            inside.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            s.setString(1, "hold");
            s.setLong(2, 1);
        });
        assertThat(inside.await(20, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    private static CompletableFuture<Integer> claim(GroupCommitWriter writer, String key) {
        return writer.submit(CLAIM, s -> {
            s.setString(1, key);
            s.setLong(2, 1);
        });
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void writes_queued_together_share_one_transaction_and_each_gets_its_own_count(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.freshUrl(kind, dir))) {
            GroupCommitWriter writer = db.writes();
            CountDownLatch release = hold(writer);
            List<CompletableFuture<Integer>> claims = new ArrayList<>();
            for (String key : List.of("a", "b", "a", "c", "b")) {
                claims.add(claim(writer, key));
            }
            assertThat(claims).noneMatch(CompletableFuture::isDone);

            release.countDown();

            assertThat(claims.stream().map(CompletableFuture::join).toList()).containsExactly(1, 1, 0, 1, 0);
            assertThat(writer.committedTransactions()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void one_failing_write_in_a_batch_fails_alone(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.freshUrl(kind, dir))) {
            GroupCommitWriter writer = db.writes();
            CountDownLatch release = hold(writer);
            CompletableFuture<Integer> before = claim(writer, "before");
            CompletableFuture<Integer> broken = writer.submit("INSERT INTO no_such_table (x) VALUES (?)", s -> s.setInt(1, 1));
            CompletableFuture<Integer> after = claim(writer, "after");

            release.countDown();

            assertThat(before.get(20, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(after.get(20, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(broken).failsWithin(20, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(StoreException.class);
            assertThat(claim(writer, "before").join()).as("the good writes were committed").isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_journal_read_or_deletion_comes_after_the_rows_queued_before_it(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.freshUrl(kind, dir))) {
            JdbcDiagnosisJournal journal = new JdbcDiagnosisJournal(db);
            CountDownLatch release = hold(db.writes());
            journal.record("UQUEUE01", PatternId.IT_VETO, 0.9, CLOCK.instant());
            journal.record("UQUEUE01", PatternId.RESOURCE_CONSTRAINT, 0.8, CLOCK.instant());
            ExecutorService reader = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> count = reader.submit(() -> journal.countFor("UQUEUE01"));
                release.countDown();
                assertThat(count.get(20, TimeUnit.SECONDS)).isEqualTo(2);
            } finally {
                reader.shutdownNow();
            }

            CountDownLatch again = hold(db.writes());
            journal.record("UQUEUE01", PatternId.IT_VETO, 0.7, CLOCK.instant());
            ExecutorService forgetter = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> forgotten = forgetter.submit(() -> journal.forget("UQUEUE01"));
                again.countDown();
                assertThat(forgotten.get(20, TimeUnit.SECONDS)).isEqualTo(3);
            } finally {
                forgetter.shutdownNow();
            }
            assertThat(journal.countFor("UQUEUE01")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void closing_commits_what_is_queued_and_refuses_what_comes_after(String kind) throws Exception {
        String url = TestDatabases.freshUrl(kind, dir);
        Database db = Database.open(url);
        CountDownLatch release = hold(db.writes());
        for (int i = 0; i < 20; i++) {
            new JdbcDiagnosisJournal(db).record("UCLOSE01", PatternId.IT_VETO, 0.9, CLOCK.instant());
        }
        CompletableFuture<Void> closing = CompletableFuture.runAsync(db::close);
        release.countDown();
        closing.get(20, TimeUnit.SECONDS);

        assertThatThrownBy(() -> new JdbcDeliveryLedger(db, CLOCK).claim("late")).isInstanceOf(StoreException.class);
        try (Database reopened = Database.open(url)) {
            assertThat(new JdbcDiagnosisJournal(reopened).countFor("UCLOSE01")).isEqualTo(20);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void many_threads_claiming_the_same_keys_through_two_ledgers_win_each_key_once(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.freshUrl(kind, dir))) {
            List<JdbcDeliveryLedger> ledgers = List.of(new JdbcDeliveryLedger(db, CLOCK), new JdbcDeliveryLedger(db, CLOCK));
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    String key = "trigger." + (i % 100);
                    JdbcDeliveryLedger ledger = ledgers.get(i % 2);
                    claims.add(threads.submit(() -> ledger.claim(key)));
                }
                int won = 0;
                for (Future<Boolean> c : claims) {
                    won += c.get(20, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).isEqualTo(100);
            } finally {
                threads.shutdownNow();
            }
        }
    }
}
