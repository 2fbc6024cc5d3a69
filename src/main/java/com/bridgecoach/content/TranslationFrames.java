package com.bridgecoach.content;

import java.util.List;

/**
 * The sentence shells each audience's translation is built from. Several of each, so translations of
 * different claims don't read as one template. {@code {clinical}}, {@code {technical}}, {@code {claim}}
 * and the other placeholders are filled in by the translator.
 */
public record TranslationFrames(Frame cmo, Frame cio, Bridge bridge, String hint) {

    /**
     * One audience's shells.
     *
     * @param openers    first sentence: the lens this audience leads with
     * @param claimLeads how the rep's own claim is introduced ({@code {claim}})
     * @param connectors wrap one concept's clause for this audience ({@code {clause}})
     * @param fallback   clauses used when no concept in the claim is recognised
     * @param assurances sentences that always go in (the substance this audience needs whatever the claim)
     * @param closers    last sentence
     */
    public record Frame(
            List<String> openers,
            List<String> claimLeads,
            List<String> connectors,
            List<String> fallback,
            List<String> assurances,
            List<String> closers) {
        public Frame {
            openers = List.copyOf(openers);
            claimLeads = List.copyOf(claimLeads);
            connectors = List.copyOf(connectors);
            fallback = List.copyOf(fallback);
            assurances = List.copyOf(assurances);
            closers = List.copyOf(closers);
        }
    }

    /**
     * The one-statement bridge.
     *
     * @param structures the statement with {@code {claim} {clinical} {technical} {support} {financial}}
     * @param support    noun phrases about a lighter support load
     * @param clinical   fallback clinical clauses
     * @param technical  fallback technical clauses
     * @param financial  fallback financial noun phrases
     */
    public record Bridge(
            List<String> structures,
            List<String> support,
            List<String> clinical,
            List<String> technical,
            List<String> financial) {
        public Bridge {
            structures = List.copyOf(structures);
            support = List.copyOf(support);
            clinical = List.copyOf(clinical);
            technical = List.copyOf(technical);
            financial = List.copyOf(financial);
        }
    }
}
