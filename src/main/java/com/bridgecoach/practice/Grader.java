package com.bridgecoach.practice;

import com.bridgecoach.content.PracticeRubric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Scores a session against the rubric: the same criteria and weights the rep was shown before it began. */
final class Grader {
    /** A rewarded criterion's score by the number of turns that earned it (a key technique counts once more). */
    static final int[] BY_HITS = {15, 65, 85, 100};
    static final int PENALTY_WITH_REWARDS = 30;
    static final int PENALTY_ALONE = 35;
    static final int WALKED_AWAY_CAP = 15;

    private final PracticeRubric rubric;

    Grader(PracticeRubric rubric) {
        this.rubric = rubric;
    }

    Scorecard grade(PracticeSession session) {
        List<Turn> turns = session.turns();
        Scenario scenario = session.scenario();
        String name = scenario.persona().name();
        List<Graded> graded = new ArrayList<>();
        for (PracticeRubric.Criterion c : rubric.criteria()) {
            graded.add(turns.isEmpty() ? new Graded(c, 0, rubric.scorecard().noTurns().replace("{name}", name), null, Kind.MISSING)
                    : c.basis() == PracticeRubric.Basis.TRUST ? byTrust(c, session, name) : byTechniques(c, session, name));
        }
        int total = graded.stream().mapToInt(g -> g.criterion.weight()).sum();
        int score = (int) Math.round(graded.stream().mapToDouble(g -> g.criterion.weight() * (double) g.score).sum() / total);
        boolean earned = graded.stream().anyMatch(g -> g.kind == Kind.PRAISE && !g.criterion.rewards().isEmpty());
        Graded best = graded.stream().filter(g -> g.kind == Kind.PRAISE && (!earned || !g.criterion.rewards().isEmpty())).max(Comparator.comparingInt((Graded g) -> g.score)
                .thenComparingInt(g -> g.criterion.weight())).orElse(null);
        Graded top = graded.stream().max(Comparator.comparingInt((Graded g) -> g.score)
                .thenComparingInt(g -> g.criterion.weight())).orElseThrow();
        Graded worst = graded.stream().min(Comparator.comparingInt((Graded g) -> g.score)
                .thenComparing(Comparator.comparingInt((Graded g) -> g.criterion.weight()).reversed())).orElseThrow();
        String better = scenario.fill(scenario.spec().betterLines().getOrDefault(worst.criterion.id(), ""));
        PracticeRubric.Wording words = rubric.scorecard();
        String how = worst.quote == null ? words.fixFresh() : worst.kind == Kind.PRAISE ? words.fixClose() : words.fixChange();
        String fix = worst.criterion.name() + ": " + how.replace("{quote}", worst.quote == null ? "" : worst.quote)
                .replace("{better}", better).replace("{name}", name);
        String strength = best != null ? best.criterion.name() + ": " + best.feedback
                : words.strengthNone().replace("{criterion}", top.criterion.name())
                        .replace("{score}", String.valueOf(top.score)).replace("{name}", name);
        List<Scorecard.CriterionScore> criteria = graded.stream()
                .map(g -> new Scorecard.CriterionScore(g.criterion.id(), g.criterion.name(), g.criterion.weight(), g.score, g.feedback))
                .toList();
        return new Scorecard(score, criteria, strength, fix, better, session.outcome());
    }

    private Graded byTechniques(PracticeRubric.Criterion c, PracticeSession session, String name) {
        List<Turn> turns = session.turns();
        List<String> keys = session.scenario().spec().keyTechniques();
        int hits = 0;
        boolean keyHit = false;
        Detection praised = null;
        Detection penalized = null;
        int penalties = 0;
        for (Turn t : turns) {
            Optional<Detection> reward = t.detections().stream().filter(d -> c.rewards().contains(d.technique()))
                    .max(Comparator.comparingInt(d -> keys.contains(d.technique()) ? 1 : 0));
            if (reward.isPresent()) {
                hits++;
                if (keys.contains(reward.get().technique())) {
                    if (!keyHit || praised == null) {
                        praised = reward.get();
                    }
                    keyHit = true;
                } else if (praised == null) {
                    praised = reward.get();
                }
            }
            Optional<Detection> cost = t.detections().stream().filter(d -> c.penalizes().contains(d.technique())).findFirst();
            if (cost.isPresent()) {
                penalties++;
                if (penalized == null) {
                    penalized = cost.get();
                }
            }
        }
        int score;
        if (c.rewards().isEmpty()) {
            score = 100 - PENALTY_ALONE * penalties;
        } else {
            score = BY_HITS[Math.min(BY_HITS.length - 1, hits + (keyHit ? 1 : 0))] - PENALTY_WITH_REWARDS * penalties;
        }
        score = Math.max(0, Math.min(100, score));
        if (penalized != null) {
            return new Graded(c, score, fill(c.penalty(), penalized.quote(), name), penalized.quote(), Kind.PENALTY);
        }
        if (praised != null) {
            return new Graded(c, score, fill(c.praise(), praised.quote(), name), praised.quote(), Kind.PRAISE);
        }
        String weakest = firstSentence(weakest(turns).repText());
        if (c.rewards().isEmpty()) {
            return new Graded(c, score, fill(c.praise(), weakest, name), weakest, Kind.PRAISE);
        }
        return new Graded(c, score, fill(c.missing(), weakest, name), weakest, Kind.MISSING);
    }

    private Graded byTrust(PracticeRubric.Criterion c, PracticeSession session, String name) {
        List<Turn> turns = session.turns();
        int start = session.scenario().persona().startingTrust();
        Outcome outcome = session.outcome();
        if (outcome == Outcome.WON_OVER) {
            Turn turning = turns.stream().filter(t -> t.move() == Move.REVEAL).findFirst().orElse(strongest(turns));
            String q = firstSentence(turning.repText());
            return new Graded(c, 100, fill(c.praise(), q, name), q, Kind.PRAISE);
        }
        if (outcome == Outcome.WALKED_AWAY) {
            String q = firstSentence(turns.get(turns.size() - 1).repText());
            return new Graded(c, Math.min(WALKED_AWAY_CAP, session.trust()), fill(c.penalty(), q, name), q, Kind.PENALTY);
        }
        int score = Math.max(0, Math.min(100, session.trust()));
        if (session.trust() > start) {
            String q = firstSentence(strongest(turns).repText());
            return new Graded(c, score, fill(c.praise(), q, name), q, Kind.PRAISE);
        }
        String q = firstSentence(weakest(turns).repText());
        return new Graded(c, score, fill(c.missing(), q, name), q, Kind.MISSING);
    }

    private static Turn weakest(List<Turn> turns) {
        return turns.stream().min(Comparator.comparingInt(Turn::delta)).orElseThrow();
    }

    private static Turn strongest(List<Turn> turns) {
        return turns.stream().max(Comparator.comparingInt(Turn::delta)).orElseThrow();
    }

    /** The sentence of a turn that best stands for it: the first one, trimmed to quote length. */
    private static String firstSentence(String text) {
        List<String> sentences = TechniqueDetector.sentences(text);
        return sentences.isEmpty() ? "" : TechniqueDetector.quote(sentences.get(0));
    }

    private static String fill(String template, String quote, String name) {
        return template.replace("{quote}", quote).replace("{name}", name);
    }

    private enum Kind { PRAISE, MISSING, PENALTY }

    private record Graded(PracticeRubric.Criterion criterion, int score, String feedback, String quote, Kind kind) {
    }
}
