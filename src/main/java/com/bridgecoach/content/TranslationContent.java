package com.bridgecoach.content;

import java.util.List;
import java.util.Map;

/** Everything the translation, draft check, champion kits and joint plan are built from. */
public record TranslationContent(
        List<TranslationConcept> concepts,
        ConceptNegation negation,
        TranslationFrames frames,
        DraftLexicon lexicon,
        Map<ChampionSide, ChampionKit> kits,
        JointPlan joint) {

    public TranslationContent {
        concepts = List.copyOf(concepts);
        kits = Map.copyOf(kits);
    }

    public ChampionKit kit(ChampionSide side) {
        return kits.get(side);
    }
}
