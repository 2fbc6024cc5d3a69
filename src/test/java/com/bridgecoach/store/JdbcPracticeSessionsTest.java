package com.bridgecoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.content.PracticeContent;
import com.bridgecoach.practice.Move;
import com.bridgecoach.practice.Outcome;
import com.bridgecoach.practice.PracticeCoach;
import com.bridgecoach.practice.PracticeSessions.SessionRecord;
import com.bridgecoach.practice.PracticeSessions.TurnRecord;
import com.bridgecoach.practice.PracticeSessions.TurnSaved;
import com.bridgecoach.practice.TeamView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcPracticeSessionsTest {
    static PracticeContent content;
    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(ContentSource.folder(Path.of("prompts"))).practice();
    }

    String url() {
        return "jdbc:sqlite:" + dir.resolve("store.db");
    }

    static SessionRecord session(String id, String rep, String starter) {
        return new SessionRecord(id, rep, starter, Audience.CIO, "it_veto", 1, 99L, null, null,
                Instant.parse("2025-03-01T10:00:00Z"), Outcome.IN_PROGRESS, null, null);
    }

    static TurnRecord turn(int n, String messageId) {
        return new TurnRecord(n, messageId, "rep says " + n, "persona says " + n, Move.SOFTEN, 40, Instant.parse("2025-03-01T10:01:00Z"));
    }

    @Test
    void forgetting_a_rep_removes_their_role_plays_and_their_name_from_sessions_they_ran() {
        try (Database db = Database.open(url())) {
            JdbcPracticeSessions store = new JdbcPracticeSessions(db);
            store.create(session("s1", "UREP", "UMGR"));
            store.addTurn("s1", turn(1, "m1"));
            store.finish("s1", card(82), Instant.parse("2025-03-01T10:20:00Z"));
            store.create(session("s2", "UOTHER", "UREP"));

            assertThat(store.recentFor("UREP", 5)).extracting(s -> s.score()).containsExactly(82);
            assertThat(store.forget("UREP")).isPositive();

            assertThat(store.find("s1")).isEmpty();
            assertThat(store.turns("s1")).isEmpty();
            assertThat(store.scores("s1")).isEmpty();
            assertThat(store.recentFor("UREP", 5)).isEmpty();
            assertThat(store.find("s2")).get().extracting(SessionRecord::starterId).isEqualTo(JdbcPracticeSessions.FORGOTTEN);
        }
    }

    @Test
    void retention_drops_sessions_started_before_the_cutoff_only() {
        try (Database db = Database.open(url())) {
            JdbcPracticeSessions store = new JdbcPracticeSessions(db);
            store.create(session("old", "UREP", "UREP"));
            store.addTurn("old", turn(1, "m1"));
            assertThat(store.purgeBefore(Instant.parse("2025-03-01T09:00:00Z"))).isZero();
            assertThat(store.purgeBefore(Instant.parse("2025-03-02T00:00:00Z"))).isEqualTo(2);
            assertThat(store.find("old")).isEmpty();
        }
    }

    static com.bridgecoach.practice.Scorecard card(int score) {
        return new com.bridgecoach.practice.Scorecard(score, java.util.List.of(
                new com.bridgecoach.practice.Scorecard.CriterionScore("questions", "Open questions", 30, score, "you asked \"what worries you\"")),
                "asked first", "slow down", "What would you need to see?", Outcome.WON_OVER);
    }

    @Test
    void keeps_a_session_and_finds_it_by_its_thread() {
        try (Database db = Database.open(url())) {
            JdbcPracticeSessions store = new JdbcPracticeSessions(db);
            store.create(session("s1", "UREP", "UMGR"));
            store.attachThread("s1", "C1", "1700000000.000100");
            assertThat(store.findByThread("C1", "1700000000.000100")).get().extracting(SessionRecord::id).isEqualTo("s1");
            assertThat(store.findByThread("C1", "1700000000.000999")).isEmpty();
        }
    }

    @Test
    void a_rep_message_is_taken_once_and_a_raced_turn_number_is_refused() {
        try (Database db = Database.open(url())) {
            JdbcPracticeSessions store = new JdbcPracticeSessions(db);
            store.create(session("s1", "UREP", "UREP"));
            assertThat(store.addTurn("s1", turn(1, "m1"))).isEqualTo(TurnSaved.SAVED);
            assertThat(store.addTurn("s1", turn(2, "m1"))).isEqualTo(TurnSaved.DUPLICATE_MESSAGE);
            assertThat(store.addTurn("s1", turn(1, "m2"))).isEqualTo(TurnSaved.NUMBER_TAKEN);
            assertThat(store.addTurn("s1", turn(0, null))).isEqualTo(TurnSaved.SAVED);
            assertThat(store.turns("s1")).extracting(TurnRecord::number).containsExactly(0, 1);
        }
    }

    @Test
    void a_session_finishes_once_and_survives_a_restart_mid_role_play() {
        AtomicLong random = new AtomicLong(12345);
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
        String id;
        try (Database db = Database.open(url())) {
            PracticeCoach coach = new PracticeCoach(content, new JdbcPracticeSessions(db), clock, random::incrementAndGet);
            var started = coach.start("UREP", "UMGR", content.scenario(Audience.CIO, "it_veto").orElseThrow());
            id = started.record().id();
            coach.attachThread(id, "C1", "1700000000.000100");
            assertThat(coach.take("C1", "1700000000.000100", "UREP", "m1", "Which of the forty items matters most to your team?")).isPresent();
            assertThat(coach.take("C1", "1700000000.000100", "UREP", "m1", "Which of the forty items matters most to your team?"))
                    .as("the same message again").isEmpty();
            assertThat(coach.take("C1", "1700000000.000100", "UMGR", "m2", "Manager chiming in")).as("not the rep").isEmpty();
        }
        try (Database db = Database.open(url())) {
            JdbcPracticeSessions store = new JdbcPracticeSessions(db);
            PracticeCoach coach = new PracticeCoach(content, store, clock, random::incrementAndGet);
            var next = coach.take("C1", "1700000000.000100", "UREP", "m3", "We'd treat every item as a requirement and address each in writing.");
            assertThat(next).get().satisfies(a -> assertThat(a.turn().number()).isEqualTo(2));
            var ended = coach.take("C1", "1700000000.000100", "UREP", "m4", "end");
            assertThat(ended).get().satisfies(a -> assertThat(a.card()).isPresent());
            assertThat(coach.take("C1", "1700000000.000100", "UREP", "m5", "end")).as("already over").isEmpty();
            assertThat(store.find(id)).get().satisfies(s -> {
                assertThat(s.outcome()).isEqualTo(Outcome.ENDED_BY_REP);
                assertThat(s.score()).isBetween(0, 100);
            });
            assertThat(store.scores(id)).hasSize(content.rubric().criteria().size());
            TeamView manager = coach.team("UMGR");
            assertThat(manager.reps()).singleElement().satisfies(r -> {
                assertThat(r.repId()).isEqualTo("UREP");
                assertThat(r.averages()).containsKeys("discovery", "composure");
            });
            assertThat(coach.team("UREP").own().sessions()).hasSize(1);
            assertThat(coach.transcript("UREP", id)).isPresent();
            assertThat(coach.transcript("USTRANGER", id)).as("private to rep and starter").isEmpty();
        }
    }
}
