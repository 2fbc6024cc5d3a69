package com.bridgecoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.content.PracticeContent;
import com.bridgecoach.practice.Move;
import com.bridgecoach.practice.Outcome;
import com.bridgecoach.practice.PracticeCoach;
import com.bridgecoach.practice.PracticeSessions;
import com.bridgecoach.practice.PracticeSessions.Owed;
import com.bridgecoach.practice.PracticeSessions.SessionRecord;
import com.bridgecoach.practice.PracticeSessions.TurnRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Practice posts owed to a rep, kept in the store (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set). */
class PracticeOwedStoreTest {
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static PracticeContent content;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(ContentSource.folder(Path.of("prompts"))).practice();
    }

    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    static SessionRecord session(String id, String rep) {
        return new SessionRecord(id, rep, rep, Audience.CIO, "it_veto", 1, 99L, "C1", "1700000000.000100-" + id, T0,
                Outcome.IN_PROGRESS, null, null);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void owed_posts_come_back_in_the_order_they_were_due_and_owing_twice_is_owing_once(String kind) {
        try (Database db = Database.open(TestDatabases.freshUrl(kind, dir))) {
            JdbcPracticeSessions store = new JdbcPracticeSessions(db);
            store.create(session("s1", "UREP"));
            store.owe("s1", 2, T0.plusSeconds(2));
            store.owe("s1", PracticeSessions.SCORECARD, T0.plusSeconds(2));
            store.owe("s1", 1, T0.plusSeconds(1));
            store.owe("s1", 1, T0.plusSeconds(9));

            assertThat(store.owed("s1")).extracting(Owed::item).containsExactly(1, 2, PracticeSessions.SCORECARD);
            assertThat(store.owedSince(T0.plusSeconds(2), 10)).extracting(Owed::item).containsExactlyInAnyOrder(2, PracticeSessions.SCORECARD);
            assertThat(store.owedSince(T0, 1)).extracting(Owed::item).containsExactly(1);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void one_claim_wins_until_it_is_let_go_or_goes_stale_and_a_paid_post_is_gone(String kind) {
        try (Database db = Database.open(TestDatabases.freshUrl(kind, dir))) {
            JdbcPracticeSessions store = new JdbcPracticeSessions(db);
            store.create(session("s1", "UREP"));
            store.owe("s1", 1, T0);
            Instant now = T0.plusSeconds(60);
            Instant stale = now.minus(Duration.ofMinutes(2));

            assertThat(store.claimOwed("s1", 1, now, stale)).isTrue();
            assertThat(store.claimOwed("s1", 1, now, stale)).as("held by the first replica").isFalse();
            store.unclaim("s1", 1);
            assertThat(store.claimOwed("s1", 1, now, stale)).as("let go").isTrue();
            Instant later = now.plus(Duration.ofMinutes(3));
            assertThat(store.claimOwed("s1", 1, later, later.minus(Duration.ofMinutes(2)))).as("its holder died").isTrue();

            store.paid("s1", 1);
            assertThat(store.owed("s1")).isEmpty();
            assertThat(store.claimOwed("s1", 1, later, later)).as("nothing left to claim").isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void forgetting_a_rep_or_purging_their_session_drops_what_it_owed(String kind) {
        try (Database db = Database.open(TestDatabases.freshUrl(kind, dir))) {
            JdbcPracticeSessions store = new JdbcPracticeSessions(db);
            store.create(session("s1", "UREP"));
            store.owe("s1", 1, T0);
            store.create(session("s2", "UOTHER"));
            store.owe("s2", 1, T0);

            store.forget("UREP");
            store.purgeBefore(T0.plusSeconds(1));

            assertThat(store.owed("s1")).isEmpty();
            assertThat(store.owed("s2")).isEmpty();
            assertThat(store.owedSince(Instant.EPOCH, 10)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_owed_reply_and_scorecard_are_rebuilt_from_the_stored_turns_as_they_were_first_given(String kind) {
        AtomicLong random = new AtomicLong(777);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        try (Database db = Database.open(TestDatabases.freshUrl(kind, dir))) {
            JdbcPracticeSessions store = new JdbcPracticeSessions(db);
            PracticeCoach coach = new PracticeCoach(content, store, clock, random::incrementAndGet);
            String id = coach.start("UREP", "UREP", content.scenario(Audience.CIO, "it_veto").orElseThrow()).record().id();
            coach.attachThread(id, "C1", "1700000000.000100");
            var first = coach.take("C1", "1700000000.000100", "UREP", "m1", "Which of the forty items matters most to your team?").orElseThrow();
            var ended = coach.take("C1", "1700000000.000100", "UREP", "m2", "end").orElseThrow();
            coach.owe(id, first.turn().number());
            coach.owe(id, PracticeSessions.SCORECARD);

            List<Owed> owed = coach.owed(id);
            assertThat(owed).hasSize(2);
            var reply = coach.owing(owed.get(0)).orElseThrow();
            assertThat(reply.reply()).isEqualTo(first.turn().reply());
            assertThat(reply.session().threadTs()).isEqualTo("1700000000.000100");
            var card = coach.owing(owed.get(1)).orElseThrow();
            assertThat(card.scorecard()).isEqualTo(ended.scorecard());
            assertThat(store.turns(id)).extracting(TurnRecord::move).doesNotContainNull().contains(Move.OPEN);
        }
    }
}
