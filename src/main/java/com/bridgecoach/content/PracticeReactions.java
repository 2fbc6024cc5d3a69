package com.bridgecoach.content;

import java.util.List;
import java.util.Map;

/** The persona's first beat when a rep makes a move, per persona and technique id. */
public record PracticeReactions(Map<Audience, Map<String, List<String>>> reactions) {

    public PracticeReactions {
        reactions = Map.copyOf(reactions);
    }

    public List<String> to(Audience persona, String techniqueId) {
        return reactions.getOrDefault(persona, Map.of()).getOrDefault(techniqueId, List.of());
    }
}
