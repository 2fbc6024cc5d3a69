package com.bridgecoach.content;

import java.util.List;

/** What the coach knows about one conflict pattern: the read of the situation and what to say next. */
public record PatternPlaybook(
        PatternId id,
        String name,
        String headline,
        String whatsGoingOn,
        String howToNavigate,
        List<String> probingLines,
        List<String> avoid,
        String nextStep) {

    public PatternPlaybook {
        probingLines = List.copyOf(probingLines);
        avoid = List.copyOf(avoid);
    }
}
