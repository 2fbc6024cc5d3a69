package com.bridgecoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.coach.DataRetention;
import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.ClinicalStatus;
import com.bridgecoach.content.ItStatus;
import com.bridgecoach.content.PatternId;
import com.bridgecoach.deals.DealPlan;
import com.bridgecoach.deals.PlanChange;
import com.bridgecoach.deals.PlanEdit;
import com.bridgecoach.deals.SharedRecommendation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The deal tables behave the same on SQLite and on PostgreSQL (when TEST_POSTGRES_URL is set). */
class DealStoreTest {
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    static final Reply CARD = new Reply("Resource constraint: no analysts until March",
            List.of(new Reply.Section("Say next", Reply.Style.SAY, List.of("How many analyst hours would this take?"))),
            List.of(new Reply.Action(Reply.ActionKind.SHARE, "Share to channel", "p|resource_constraint")));

    @TempDir
    Path tmp;

    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    Database open(String kind) {
        return Database.open(TestDatabases.freshUrl(kind, tmp));
    }

    static SharedRecommendation share(String key, String user, Instant at) {
        return new SharedRecommendation(key, "diagnosis", CARD.title(), CARD, user, "C1", "", at);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void a_share_key_is_claimed_once_released_on_failure_and_listed_once_confirmed(String kind) {
        try (Database db = open(kind)) {
            JdbcSharedRecommendations shares = new JdbcSharedRecommendations(db);
            assertThat(shares.claim(share("ts1|coach.share|U1", "U1", T0))).isTrue();
            assertThat(shares.claim(share("ts1|coach.share|U1", "U1", T0))).isFalse();
            assertThat(shares.recentBy("U1", 5)).isEmpty();
            shares.release("ts1|coach.share|U1");
            assertThat(shares.claim(share("ts1|coach.share|U1", "U1", T0))).isTrue();
            shares.confirm("ts1|coach.share|U1", "1700000000.000001");
            shares.release("ts1|coach.share|U1");
            List<SharedRecommendation> listed = shares.recentBy("U1", 5);
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).reply()).isEqualTo(CARD);
            assertThat(listed.get(0).messageTs()).isEqualTo("1700000000.000001");
            assertThat(shares.recentBy("U2", 5)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void concurrent_claims_of_one_click_let_exactly_one_through(String kind) throws Exception {
        try (Database db = open(kind)) {
            JdbcSharedRecommendations shares = new JdbcSharedRecommendations(db);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Boolean>> tries = IntStream.range(0, 8)
                        .<Callable<Boolean>>mapToObj(i -> () -> shares.claim(share("ts9|coach.share|U1", "U1", T0))).toList();
                long winners = 0;
                for (Future<Boolean> f : pool.invokeAll(tries)) {
                    winners += f.get() ? 1 : 0;
                }
                assertThat(winners).isEqualTo(1);
            } finally {
                pool.shutdown();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void a_plan_is_created_once_saved_by_version_and_keeps_its_history(String kind) {
        try (Database db = open(kind)) {
            JdbcDealPlans plans = new JdbcDealPlans(db);
            DealPlan plan = plans.createIfAbsent(DealPlan.start("C1", T0));
            DealPlan again = plans.createIfAbsent(DealPlan.start("C1", T0.plusSeconds(5)));
            assertThat(again).isEqualTo(plan);

            DealPlan champion = plan.with(new PlanEdit.SetClinical(ClinicalStatus.CHAMPION), T0.plusSeconds(60));
            PlanChange change = new PlanChange("C1", "clinical", "not_engaged", "champion", "U1", T0.plusSeconds(60));
            assertThat(plans.save(champion, plan.version(), change)).isTrue();
            // a replica that read the old version loses, and its change is not kept
            DealPlan stale = plan.with(new PlanEdit.SetIt(ItStatus.ENDORSED), T0.plusSeconds(61));
            assertThat(plans.save(stale, plan.version(), new PlanChange("C1", "it", "not_engaged", "endorsed", "U2", T0.plusSeconds(61)))).isFalse();

            DealPlan stored = plans.find("C1").orElseThrow();
            assertThat(stored.clinical()).isEqualTo(ClinicalStatus.CHAMPION);
            assertThat(stored.it()).isEqualTo(ItStatus.NOT_ENGAGED);
            assertThat(stored.version()).isEqualTo(plan.version() + 1);
            assertThat(plans.changes("C1")).containsExactly(change);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void one_caller_claims_the_plan_message_until_it_is_posted_or_abandoned(String kind) {
        try (Database db = open(kind)) {
            JdbcDealPlans plans = new JdbcDealPlans(db);
            plans.createIfAbsent(DealPlan.start("C1", T0));
            assertThat(plans.claimMessage("C1", T0, T0.minusSeconds(120))).isTrue();
            assertThat(plans.claimMessage("C1", T0.plusSeconds(1), T0.minusSeconds(119))).isFalse();
            // a claim older than the timeout was abandoned by a replica that died
            assertThat(plans.claimMessage("C1", T0.plusSeconds(300), T0.plusSeconds(180))).isTrue();
            plans.setMessage("C1", "1700000000.000001");
            assertThat(plans.find("C1").orElseThrow().message()).contains("1700000000.000001");
            assertThat(plans.claimMessage("C1", T0.plusSeconds(900), T0.plusSeconds(800))).isFalse();
            plans.setMessage("C1", "");
            assertThat(plans.find("C1").orElseThrow().message()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void forget_me_and_retention_cover_diagnoses_shares_and_plan_changes(String kind) {
        try (Database db = open(kind)) {
            JdbcDiagnosisJournal journal = new JdbcDiagnosisJournal(db);
            JdbcSharedRecommendations shares = new JdbcSharedRecommendations(db);
            JdbcDealPlans plans = new JdbcDealPlans(db);
            Instant old = T0.minus(Duration.ofDays(200));
            journal.record("U1", PatternId.IT_VETO, 0.9, old);
            journal.record("U1", PatternId.RESOURCE_CONSTRAINT, 0.8, T0);
            journal.record("U2", PatternId.PRIORITY_CONFLICT, 0.7, T0);
            shares.claim(share("a|s|U1", "U1", old));
            shares.claim(share("b|s|U1", "U1", T0));
            shares.claim(share("c|s|U2", "U2", T0));
            DealPlan plan = plans.createIfAbsent(DealPlan.start("C1", old));
            DealPlan changed = plan.with(new PlanEdit.SetIt(ItStatus.FEASIBILITY_CHECKED), old);
            plans.save(changed, plan.version(), new PlanChange("C1", "it", "not_engaged", "feasibility_checked", "U1", old));
            DealPlan later = changed.with(new PlanEdit.SetClinical(ClinicalStatus.ENGAGED), T0);
            plans.save(later, changed.version(), new PlanChange("C1", "clinical", "not_engaged", "engaged", "U1", T0));

            DataRetention retention = new DataRetention(List.of(journal, shares, plans), Duration.ofDays(180), Clock.fixed(T0, ZoneOffset.UTC));
            assertThat(retention.purge()).isEqualTo(3);
            assertThat(journal.recentFor("U1", 10)).extracting(e -> e.pattern()).containsExactly(PatternId.RESOURCE_CONSTRAINT);
            assertThat(plans.changes("C1")).hasSize(1);

            assertThat(retention.forget("U1")).isEqualTo(3);
            assertThat(journal.countFor("U1")).isZero();
            assertThat(journal.countFor("U2")).isEqualTo(1);
            assertThat(plans.changes("C1")).singleElement().satisfies(c -> assertThat(c.changedBy()).isEmpty());
            assertThat(plans.find("C1").orElseThrow().clinical()).isEqualTo(ClinicalStatus.ENGAGED);
            assertThat(shares.claim(share("b|s|U1", "U1", T0))).as("U1's share row is gone").isTrue();
        }
    }
}
