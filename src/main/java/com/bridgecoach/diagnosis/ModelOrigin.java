package com.bridgecoach.diagnosis;

/** Where a classifier's model came from: the jar, or training at start-up (and why). */
public enum ModelOrigin {
    /** Trained at build time on exactly this content and shipped in the jar. */
    BUNDLED(false, "classifier model loaded from the jar"),
    /** Trained because the caller asked for a freshly trained model. */
    TRAINED(false, "classifier model trained"),
    /** Trained at start-up: the build shipped no model (run from classes built without the training step). */
    TRAINED_NO_BUNDLE(false, "classifier model trained at start-up: the jar has no bundled model"),
    /** Trained at start-up: the content is not what the bundled model was trained on. */
    TRAINED_CONTENT_DIFFERS(false, "classifier model trained at start-up: the prompts differ from those the bundled model "
            + "was trained on (training utterances, cues, word families or classifier settings)"),
    /** Trained at start-up: the bundled model could not be read. */
    TRAINED_BUNDLE_DAMAGED(true, "classifier model trained at start-up: the model bundled in the jar is damaged or truncated");

    private final boolean fault;
    private final String description;

    ModelOrigin(boolean fault, String description) {
        this.fault = fault;
        this.description = description;
    }

    /** The jar itself is broken: worth a warning, not just a note. */
    public boolean fault() {
        return fault;
    }

    public String description() {
        return description;
    }
}
