package com.bridgecoach.content;

import java.util.List;

/**
 * One health-IT selling concept and how each side hears it.
 *
 * @param id        stable id
 * @param kind      the side the concept usually starts on
 * @param match     words and abbreviations that name it in a rep's claim ({@code *} ends a prefix)
 * @param clinical  a clause: what changes for patients, physicians and nurses (no architecture words)
 * @param technical a clause: how it is integrated, secured and supported (no clinical hype)
 * @param financial a noun phrase: what it is worth, in terms a finance committee can measure
 */
public record TranslationConcept(
        String id,
        ConceptKind kind,
        List<String> match,
        String clinical,
        String technical,
        String financial) {

    public TranslationConcept {
        match = List.copyOf(match);
    }
}
