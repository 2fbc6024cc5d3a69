package com.bridgecoach.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.PracticeContent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PracticeSessionTest {
    static PracticeContent content;
    static TechniqueDetector detector;

    @BeforeAll
    static void load() {
        content = PracticeFixtures.practice();
        detector = new TechniqueDetector(content.techniques());
    }

    static PracticeSession cio(String id, long seed) {
        return PracticeSession.begin(content, detector, Scenario.seeded(content.scenario(Audience.CIO, id).orElseThrow(), seed), seed);
    }

    @Nested
    class Trust {
        @Test
        void a_specific_open_question_raises_trust_and_softens_the_persona() {
            PracticeSession s = cio("it_veto", 1);
            Turn t = s.say("Which of those forty items would the architecture board need closed first?");
            assertThat(t.trustAfter()).isGreaterThan(t.trustBefore());
            assertThat(t.move()).isIn(Move.SOFTEN, Move.REVEAL);
        }

        @Test
        void pressure_lowers_trust_and_hardens_the_persona() {
            PracticeSession s = cio("it_veto", 1);
            Turn t = s.say("We need a decision this week to hold the end of quarter pricing.");
            assertThat(t.trustAfter()).isLessThan(t.trustBefore());
            assertThat(t.move()).isEqualTo(Move.HARDEN);
            assertThat(t.detections()).extracting(Detection::technique).contains("pressure");
        }

        @Test
        void a_turn_with_nothing_in_it_costs_a_little_patience() {
            PracticeSession s = cio("priority_conflict", 3);
            Turn t = s.say("Let me tell you about our company.");
            assertThat(t.delta()).isEqualTo(content.rubric().trust().silentTurn());
            assertThat(t.move()).isEqualTo(Move.HARDEN);
        }

        @Test
        void repeated_bad_moves_make_the_persona_walk_away() {
            PracticeSession s = cio("territorial_protection", 2);
            s.say("Your dashboard is outdated; you should retire your dashboard.");
            Turn t = s.say("If you won't move, I'll escalate to your board. We need a decision today.");
            assertThat(t.move()).isEqualTo(Move.WALK_AWAY);
            assertThat(s.outcome()).isEqualTo(Outcome.WALKED_AWAY);
            assertThatThrownBy(() -> s.say("Wait, one more thing")).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void rising_trust_reveals_the_real_concern_then_a_proposed_next_step_wins_them_over() {
            PracticeSession s = cio("resource_constraint", 5);
            s.say("Help me understand what your analysts are carrying between now and the change freeze.");
            s.say("If staffing weren't a constraint at all, what else would we need to address for the service desk?");
            assertThat(s.revealed()).isTrue();
            assertThat(s.turns()).extracting(Turn::move).contains(Move.REVEAL);
            Turn t = s.say("Our implementation team builds and tests the interface, and our support desk takes tier-1 tickets.");
            assertThat(t.move()).isEqualTo(Move.WON_OVER);
            assertThat(s.outcome()).isEqualTo(Outcome.WON_OVER);
        }

        @Test
        void winning_needs_a_concrete_next_step_not_just_more_warmth() {
            PracticeSession s = cio("resource_constraint", 5);
            s.say("Help me understand what your analysts are carrying between now and the change freeze.");
            s.say("If staffing weren't a constraint at all, what else would we need to address for the service desk?");
            Turn t = s.say("I hear you; the upgrade sounds brutal for your analysts and the service desk.");
            assertThat(t.move()).isNotEqualTo(Move.WON_OVER);
        }
    }

    @Nested
    class Ending {
        @Test
        void the_persona_has_to_leave_after_the_last_turn() {
            PracticeSession s = cio("priority_conflict", 9);
            Turn last = null;
            for (int i = 0; i < content.rubric().maxTurns(); i++) {
                last = s.say(i % 2 == 0 ? "How does the steering committee rank projects?" : "Okay, noted.");
                if (s.outcome().over()) {
                    break;
                }
            }
            assertThat(s.outcome()).isIn(Outcome.OUT_OF_TURNS, Outcome.WALKED_AWAY, Outcome.WON_OVER);
            assertThat(s.turns()).hasSizeLessThanOrEqualTo(content.rubric().maxTurns());
            assertThat(last.move().ends()).isTrue();
        }

        @Test
        void end_stops_the_session_and_the_scorecard_quotes_the_rep() {
            PracticeSession s = cio("it_veto", 4);
            s.say("Which of the forty items matters most to your security team?");
            s.end();
            Scorecard card = s.scorecard();
            assertThat(card.outcome()).isEqualTo(Outcome.ENDED_BY_REP);
            assertThat(card.criteria()).hasSize(content.rubric().criteria().size());
            assertThat(card.criteria()).filteredOn(c -> c.id().equals("discovery")).first()
                    .satisfies(c -> assertThat(c.feedback()).contains("Which of the forty items matters most to your security team?"));
            assertThat(card.fix()).contains(card.betterLine());
        }
    }

    @Nested
    class Variety {
        @Test
        void the_same_seed_replays_the_same_conversation() {
            List<String> turns = List.of("What would the board need to see?", "That's a fair concern; let's address each item in writing.");
            PracticeSession a = cio("it_veto", 42);
            PracticeSession b = cio("it_veto", 42);
            turns.forEach(a::say);
            turns.forEach(b::say);
            assertThat(a.opening()).isEqualTo(b.opening());
            assertThat(a.turns()).extracting(Turn::reply).isEqualTo(b.turns().stream().map(Turn::reply).toList());
        }

        @Test
        void different_seeds_read_differently() {
            Set<String> conversations = new HashSet<>();
            for (long seed = 0; seed < 8; seed++) {
                PracticeSession s = cio("it_veto", seed);
                s.say("What would the board need to see?");
                conversations.add(s.scenario().persona().name() + "|" + s.opening() + "|" + s.turns().get(0).reply());
            }
            assertThat(conversations).hasSizeGreaterThanOrEqualTo(4);
        }

        @Test
        void a_resumed_session_continues_exactly_where_it_was() {
            List<String> said = List.of("What would the board need to see?", "We'd treat every item as a requirement.");
            PracticeSession original = cio("it_veto", 77);
            said.forEach(original::say);
            Turn next = original.say("Our implementation team builds the interface and carries tier-1 support.");
            PracticeSession resumed = PracticeSession.resume(content, detector, original.scenario(), 77, said, false);
            assertThat(resumed.trust()).isEqualTo(original.turns().get(1).trustAfter());
            assertThat(resumed.say("Our implementation team builds the interface and carries tier-1 support.").reply())
                    .isEqualTo(next.reply());
        }
    }
}
