package com.bridgecoach.practice;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.PracticePersona;
import com.bridgecoach.content.PracticeScenario;

/** A scenario with the persona variant chosen for one session. */
public record Scenario(PracticeScenario spec, int variant) {

    public Scenario {
        if (variant < 0 || variant >= spec.variants().size()) {
            throw new IllegalArgumentException("scenario " + spec.id() + " has no persona variant " + variant);
        }
    }

    /** The scenario with a persona variant picked by the session's seed. */
    public static Scenario seeded(PracticeScenario spec, long seed) {
        return new Scenario(spec, (int) Math.floorMod(seed, (long) spec.variants().size()));
    }

    public PracticePersona persona() {
        return spec.variants().get(variant);
    }

    public Audience audience() {
        return spec.persona();
    }

    public String id() {
        return spec.id();
    }

    /** A content line with the persona's details filled in. */
    public String fill(String line) {
        PracticePersona p = persona();
        return line.replace("{name}", p.name()).replace("{hospital}", p.hospital())
                .replace("{ehr}", p.ehr()).replace("{counterpart}", p.counterpart());
    }
}
