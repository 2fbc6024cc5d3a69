package com.bridgecoach.content;

import java.util.List;

/** How one executive thinks, what they want to hear, and what loses them. */
public record AudienceProfile(
        Audience id,
        String title,
        String coreDriver,
        String wantsReliefFrom,
        List<String> judgesBy,
        List<String> distrusts,
        String leadWith,
        List<String> avoid,
        List<String> vocabulary) {

    public AudienceProfile {
        judgesBy = List.copyOf(judgesBy);
        distrusts = List.copyOf(distrusts);
        avoid = List.copyOf(avoid);
        vocabulary = List.copyOf(vocabulary);
    }
}
