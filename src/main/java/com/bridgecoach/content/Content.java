package com.bridgecoach.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All coaching content, loaded and validated; immutable, so it is shared freely. */
public record Content(
        Map<PatternId, PatternPlaybook> playbooks,
        List<SeparatorQuestion> separators,
        Map<Audience, AudienceProfile> audiences,
        CueBook cues,
        Map<PatternId, List<String>> examples,
        ConceptBook concepts,
        ClassifierSettings classifier,
        Messages messages,
        InterviewScript interview,
        TranslationContent translation,
        DealWords deals,

        PracticeContent practice) {

    public Content {
        playbooks = Map.copyOf(new EnumMap<>(playbooks));
        separators = List.copyOf(separators);
        audiences = Map.copyOf(audiences);
        examples = Map.copyOf(examples);
    }

    public PatternPlaybook playbook(PatternId id) {
        return playbooks.get(id);
    }

    public AudienceProfile audience(Audience id) {
        return audiences.get(id);
    }

    /** The question that tells these two patterns apart. */
    public Optional<SeparatorQuestion> separator(PatternId a, PatternId b) {
        return separators.stream().filter(q -> q.separates(a, b)).findFirst();
    }

    /** The first question to ask when nothing points anywhere yet. */
    public SeparatorQuestion triage() {
        return separators.stream().filter(q -> q.id().equals(ContentLoader.TRIAGE_ID)).findFirst().orElseThrow();
    }

    public Optional<SeparatorQuestion> separatorById(String id) {
        return separators.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
