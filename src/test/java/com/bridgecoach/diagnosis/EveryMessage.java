package com.bridgecoach.diagnosis;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.PatternId;
import java.util.ArrayList;
import java.util.List;

/** Every message the project has: the training utterances, the development sets, the held-out set, and a few odd ones. */
final class EveryMessage {
    private EveryMessage() {
    }

    static List<String> of(Content content) {
        List<String> texts = new ArrayList<>();
        for (PatternId id : PatternId.values()) {
            texts.addAll(content.examples().getOrDefault(id, List.of()));
        }
        for (String set : List.of("/diagnosis/blind.jsonl", "/diagnosis/devset.jsonl", "/diagnosis/shared-examples.jsonl")) {
            DiagnosisAccuracyTest.load(set).forEach(row -> texts.add(row.text()));
        }
        texts.addAll(List.of("hi", "ok thanks", "", "  ", "no bandwidth, not a security thing", "IT it It iT",
                "émoji 😀 café’s naïve 12345 İstanbul ΣΊΣΥΦΟΣ", "go-live - the CMIO’s team: won't (can't) sign-off"));
        return texts;
    }
}
