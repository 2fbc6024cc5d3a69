package com.bridgecoach.translation;

import java.util.List;

/**
 * One claim said three ways.
 *
 * @param claim    the rep's claim as given
 * @param cmo      for the CMO: clinical value first, no architecture jargon
 * @param cio      for the CIO: operational feasibility first, clinical value as the justification, no hype
 * @param bridge   one statement for both: clinical outcome, clean integration, lower support burden, measurable ROI
 * @param concepts ids of the selling concepts recognised in the claim, in order of appearance
 * @param hint     how to make the claim stronger, when nothing in it was recognised; empty otherwise
 */
public record Translation(String claim, String cmo, String cio, String bridge, List<String> concepts, String hint) {

    public Translation {
        concepts = List.copyOf(concepts);
        hint = hint == null ? "" : hint;
    }

    public boolean hasHint() {
        return !hint.isEmpty();
    }
}
