package com.bridgecoach.content;

import java.util.List;
import java.util.Optional;

/** Everything a practice role-play needs from {@code prompts/practice/}: rubric, technique cues, reactions, scenarios. */
public record PracticeContent(
        PracticeRubric rubric,
        TechniqueBook techniques,
        PracticeReactions reactions,
        List<PracticeScenario> scenarios) {

    public PracticeContent {
        scenarios = List.copyOf(scenarios);
    }

    /** The scenarios where the bot plays this persona, in file order. */
    public List<PracticeScenario> scenariosFor(Audience persona) {
        return scenarios.stream().filter(s -> s.persona() == persona).toList();
    }

    public Optional<PracticeScenario> scenario(Audience persona, String id) {
        return scenarios.stream().filter(s -> s.persona() == persona && s.id().equalsIgnoreCase(id)).findFirst();
    }

    /** A scenario by id alone, whichever persona plays it. */
    public Optional<PracticeScenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
    }
}
