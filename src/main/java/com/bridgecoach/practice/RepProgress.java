package com.bridgecoach.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rep's practice over time.
 *
 * @param averages per criterion id, the average score over finished sessions
 * @param trend    last finished score minus the first; 0 with fewer than two
 */
public record RepProgress(String repId, List<SessionSummary> sessions, Map<String, Integer> averages, int trend) {

    public RepProgress {
        sessions = List.copyOf(sessions);
        averages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(averages));
    }

    static RepProgress of(String repId, List<SessionSummary> sessions) {
        List<SessionSummary> scored = sessions.stream().filter(s -> s.score() != null).toList();
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (SessionSummary s : scored) {
            for (Scorecard.CriterionScore c : s.criteria()) {
                int[] acc = sums.computeIfAbsent(c.id(), k -> new int[2]);
                acc[0] += c.score();
                acc[1]++;
            }
        }
        Map<String, Integer> averages = new LinkedHashMap<>();
        sums.forEach((id, acc) -> averages.put(id, Math.round((float) acc[0] / acc[1])));
        int trend = scored.size() < 2 ? 0 : scored.get(scored.size() - 1).score() - scored.get(0).score();
        return new RepProgress(repId, sessions, averages, trend);
    }
}
