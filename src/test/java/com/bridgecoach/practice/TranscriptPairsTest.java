package com.bridgecoach.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.PracticeContent;
import com.bridgecoach.content.PracticeScenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Strong and weak practice transcripts for every scenario (src/test/resources/practice/pairs/, one rep turn a line):
 * the scorecard must separate them by at least 20 points in 90% of pairs, strong above 70, weak below 50,
 * whatever persona variant and wording the seed picks.
 */
class TranscriptPairsTest {
    static final Path PAIRS = Path.of("src/test/resources/practice/pairs");
    static final long[] SEEDS = {1, 2, 3, 4, 5};
    static PracticeContent content;
    static TechniqueDetector detector;

    @BeforeAll
    static void load() {
        content = PracticeFixtures.practice();
        detector = new TechniqueDetector(content.techniques());
    }

    record Pair(String persona, String scenario, String number, List<String> strong, List<String> weak) {
    }

    static List<Pair> pairs() throws IOException {
        Map<String, Pair> byKey = new TreeMap<>();
        try (Stream<Path> files = Files.list(PAIRS)) {
            for (Path f : files.filter(p -> p.toString().endsWith("-strong.txt")).sorted().toList()) {
                String base = f.getFileName().toString().replace("-strong.txt", "");
                String[] parts = base.split("-");
                List<String> strong = turns(f);
                List<String> weak = turns(PAIRS.resolve(base + "-weak.txt"));
                byKey.put(base, new Pair(parts[0], parts[1], parts[2], strong, weak));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    static List<String> turns(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static int score(Pair pair, List<String> turns, long seed) {
        PracticeScenario spec = content.scenario(Audience.find(pair.persona()).orElseThrow(), pair.scenario()).orElseThrow();
        PracticeSession session = PracticeSession.begin(content, detector, Scenario.seeded(spec, seed), seed);
        for (String turn : turns) {
            if (session.outcome().over()) {
                break;
            }
            session.say(turn);
        }
        session.end();
        return session.scorecard().score();
    }

    @Test
    void every_scenario_has_at_least_three_pairs() throws IOException {
        List<Pair> pairs = pairs();
        for (PracticeScenario s : content.scenarios()) {
            assertThat(pairs.stream().filter(p -> p.scenario().equals(s.id()) && p.persona().equals(s.persona().id())).count())
                    .as("pairs for %s", s.id()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void strong_transcripts_score_at_least_twenty_above_weak_ones() throws IOException {
        List<Pair> pairs = pairs();
        int runs = 0;
        int separated = 0;
        int strongAbove70 = 0;
        int weakBelow50 = 0;
        int minGap = Integer.MAX_VALUE;
        long gapSum = 0;
        List<String> misses = new ArrayList<>();
        for (Pair p : pairs) {
            for (long seed : SEEDS) {
                int strong = score(p, p.strong(), seed);
                int weak = score(p, p.weak(), seed);
                runs++;
                int gap = strong - weak;
                gapSum += gap;
                minGap = Math.min(minGap, gap);
                separated += gap >= 20 ? 1 : 0;
                strongAbove70 += strong > 70 ? 1 : 0;
                weakBelow50 += weak < 50 ? 1 : 0;
                if (gap < 20 || strong <= 70 || weak >= 50) {
                    misses.add(p.persona() + "-" + p.scenario() + "-" + p.number() + " seed " + seed + ": strong " + strong + ", weak " + weak);
                }
            }
        }
        System.out.printf("practice pairs: %d pairs x %d seeds = %d runs; separated by >=20: %d (%.1f%%); strong >70: %d; weak <50: %d;"
                        + " mean gap %.1f, min gap %d%n", pairs.size(), SEEDS.length, runs, separated, 100.0 * separated / runs,
                strongAbove70, weakBelow50, (double) gapSum / runs, minGap);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat((double) separated / runs).isGreaterThanOrEqualTo(0.9);
        assertThat((double) strongAbove70 / runs).isGreaterThanOrEqualTo(0.9);
        assertThat((double) weakBelow50 / runs).isGreaterThanOrEqualTo(0.9);
    }
}
