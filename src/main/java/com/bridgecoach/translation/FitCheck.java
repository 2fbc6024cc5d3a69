package com.bridgecoach.translation;

import com.bridgecoach.content.Audience;
import java.util.List;

/**
 * How well a draft fits its audience.
 *
 * @param audience cmo or cio
 * @param fit      good when the score reaches the content's pass mark
 * @param score    0 to 100
 * @param flags    what is wrong, each quoting the draft's words with advice
 */
public record FitCheck(Audience audience, Fit fit, int score, List<Flag> flags) {

    public FitCheck {
        if (audience == Audience.BRIDGE) {
            throw new IllegalArgumentException("a draft is checked for the CMO or the CIO, not the bridge");
        }
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0 to 100, not " + score);
        }
        flags = List.copyOf(flags);
    }

    /**
     * One problem in a draft.
     *
     * @param kind   a stable id: jargon, hype, wrong_lens, efficiency_without_clinical_value,
     *               enthusiasm_without_substance, missing
     * @param text   the draft's own words that raised it (for missing: what is absent)
     * @param advice what to do about it
     */
    public record Flag(String kind, String text, String advice) {
    }
}
