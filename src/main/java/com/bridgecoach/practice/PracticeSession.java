package com.bridgecoach.practice;

import com.bridgecoach.content.PracticeContent;
import com.bridgecoach.content.PracticeRubric;
import com.bridgecoach.content.PracticeScenario;
import com.bridgecoach.content.TechniqueBook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * One role-play in progress. Each rep turn is read for technique, moves the persona's trust, and trust decides
 * the persona's next move. No language model: replies are chosen from the scenario's branching lines by a seeded
 * choice, so the same seed and the same turns always give the same conversation, and different seeds read differently.
 */
public final class PracticeSession {
    /** Trust from this level up reads as the high band of a scenario's replies. */
    static final int HIGH_BAND = 50;
    /** How often a good move gets a spoken reaction before the persona's reply (bad moves always do). */
    static final int GOOD_REACTION_PERCENT = 55;

    private final PracticeContent content;
    private final TechniqueDetector detector;
    private final Scenario scenario;
    private final long seed;
    private final String opening;
    private final List<Turn> turns = new ArrayList<>();
    private final Map<String, Integer> uses = new HashMap<>();
    private final Set<String> spoken = new HashSet<>();
    private int trust;
    private boolean revealed;
    private Outcome outcome = Outcome.IN_PROGRESS;

    private PracticeSession(PracticeContent content, TechniqueDetector detector, Scenario scenario, long seed) {
        this.content = content;
        this.detector = detector;
        this.scenario = scenario;
        this.seed = seed;
        this.trust = scenario.persona().startingTrust();
        this.opening = scenario.fill(pick(scenario.spec().opening(), 0));
    }

    /** A new session; {@code seed} decides the wording, so keep it to continue the same session later. */
    public static PracticeSession begin(PracticeContent content, TechniqueDetector detector, Scenario scenario, long seed) {
        return new PracticeSession(content, detector, scenario, seed);
    }

    /** The same session rebuilt from the rep's turns so far: used after a restart, or by another replica. */
    public static PracticeSession resume(PracticeContent content, TechniqueDetector detector, Scenario scenario, long seed,
                                         List<String> repTurns, boolean endedByRep) {
        PracticeSession session = begin(content, detector, scenario, seed);
        for (String text : repTurns) {
            if (session.outcome.over()) {
                break;
            }
            session.say(text);
        }
        if (endedByRep && !session.outcome.over()) {
            session.end();
        }
        return session;
    }

    public String opening() {
        return opening;
    }

    /** The rep speaks; the persona answers. */
    public Turn say(String repText) {
        if (outcome.over()) {
            throw new IllegalStateException("this role-play has ended");
        }
        int number = turns.size() + 1;
        List<Detection> found = detector.detect(repText, scenario.audience());
        int before = trust;
        int delta = delta(found);
        trust = Math.max(0, Math.min(100, trust + delta));
        PracticeRubric.Trust rules = content.rubric().trust();
        Move move;
        if (number >= 2 && trust <= rules.walkAwayAt()) {
            move = Move.WALK_AWAY;
        } else if (revealed && trust >= rules.wonAt() && delta > 0
                && found.stream().anyMatch(d -> rules.wonNeeds().contains(d.technique()))) {
            move = Move.WON_OVER;
        } else if (delta < 0) {
            move = Move.HARDEN;
        } else if (!revealed && trust >= rules.revealAt()) {
            move = Move.REVEAL;
            revealed = true;
        } else if (delta > 0) {
            move = Move.SOFTEN;
        } else {
            move = Move.HOLD;
        }
        String reply = reply(number, found, move);
        boolean last = number >= content.rubric().maxTurns();
        if (last && !move.ends()) {
            reply = reply + " " + line(banded(scenario.spec().replies().timeUp()), number * 7 + 3);
            move = Move.TIME_UP;
        }
        outcome = switch (move) {
            case WON_OVER -> Outcome.WON_OVER;
            case WALK_AWAY -> Outcome.WALKED_AWAY;
            case TIME_UP -> Outcome.OUT_OF_TURNS;
            default -> Outcome.IN_PROGRESS;
        };
        Turn turn = new Turn(number, repText, found, before, trust, move, reply);
        turns.add(turn);
        return turn;
    }

    /** The rep typed {@code end}. */
    public void end() {
        if (!outcome.over()) {
            outcome = Outcome.ENDED_BY_REP;
        }
    }

    private int delta(List<Detection> found) {
        PracticeRubric.Trust rules = content.rubric().trust();
        if (found.isEmpty()) {
            return rules.silentTurn();
        }
        double gain = 0;
        int loss = 0;
        for (Detection d : found) {
            int move = content.techniques().technique(d.technique()).map(TechniqueBook.Technique::trust).orElse(0);
            if (d.good()) {
                double weight = scenario.spec().keyTechniques().contains(d.technique()) ? rules.keyBonus() : 1;
                int used = uses.merge(d.technique(), 1, Integer::sum) - 1;
                if (used >= rules.repeatAfter()) {
                    weight /= 2;
                }
                gain += move * weight;
            } else {
                loss += move;
            }
        }
        return (int) Math.round(Math.min(gain, rules.maxGainPerTurn())) + loss;
    }

    private String reply(int number, List<Detection> found, Move move) {
        PracticeScenario.Replies r = scenario.spec().replies();
        String main = switch (move) {
            case SOFTEN -> line(banded(r.soften()), number * 7);
            case HARDEN -> line(banded(r.harden()), number * 7);
            case HOLD -> line(banded(r.hold()), number * 7);
            case REVEAL -> line(r.reveal(), number * 7);
            case WON_OVER -> line(r.wonOver(), number * 7);
            case WALK_AWAY -> line(r.walkAway(), number * 7);
            default -> line(banded(r.timeUp()), number * 7);
        };
        return reaction(number, found).map(beat -> beat + " " + main).orElse(main);
    }

    /** The persona's first beat: always to the worst bad move, sometimes to the strongest good one. */
    private Optional<String> reaction(int number, List<Detection> found) {
        Optional<Detection> worst = found.stream().filter(d -> !d.good())
                .min(Comparator.comparingInt(d -> trustOf(d)));
        if (worst.isPresent()) {
            return Optional.of(line(content.reactions().to(scenario.audience(), worst.get().technique()), number * 7 + 1));
        }
        Optional<Detection> best = found.stream().filter(Detection::good)
                .max(Comparator.comparingDouble(d -> trustOf(d) * (scenario.spec().keyTechniques().contains(d.technique()) ? 2.0 : 1.0)));
        if (best.isEmpty() || random(number * 7 + 2).nextInt(100) >= GOOD_REACTION_PERCENT) {
            return Optional.empty();
        }
        List<String> lines = content.reactions().to(scenario.audience(), best.get().technique());
        return lines.isEmpty() ? Optional.empty() : Optional.of(line(lines, number * 7 + 1));
    }

    private int trustOf(Detection d) {
        return content.techniques().technique(d.technique()).map(TechniqueBook.Technique::trust).orElse(0);
    }

    private List<String> banded(PracticeScenario.Banded lines) {
        return trust >= HIGH_BAND ? lines.high() : lines.low();
    }

    private String line(List<String> lines, int salt) {
        return scenario.fill(pick(lines, salt));
    }

    /** A seeded choice that avoids repeating a line already spoken in this session while others remain. */
    private String pick(List<String> lines, int salt) {
        List<String> fresh = lines.stream().filter(l -> !spoken.contains(l)).toList();
        List<String> from = fresh.isEmpty() ? lines : fresh;
        String chosen = from.get(random(salt).nextInt(from.size()));
        spoken.add(chosen);
        return chosen;
    }

    private Random random(int salt) {
        return new Random(seed * 1_000_003L + salt);
    }

    public Scenario scenario() {
        return scenario;
    }

    public long seed() {
        return seed;
    }

    public int trust() {
        return trust;
    }

    public boolean revealed() {
        return revealed;
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<Turn> turns() {
        return List.copyOf(turns);
    }

    public int turnsLeft() {
        return Math.max(0, content.rubric().maxTurns() - turns.size());
    }

    /** The scorecard for the session as it stands. */
    public Scorecard scorecard() {
        return new Grader(content.rubric()).grade(this);
    }
}
