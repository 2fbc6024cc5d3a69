package com.bridgecoach.practice;

import java.util.List;

/**
 * One exchange: what the rep said, what it was read as, how trust moved, and the persona's answer.
 *
 * @param number 1 for the rep's first turn
 */
public record Turn(int number, String repText, List<Detection> detections, int trustBefore, int trustAfter, Move move, String reply) {

    public Turn {
        detections = List.copyOf(detections);
    }

    public int delta() {
        return trustAfter - trustBefore;
    }
}
