package com.bridgecoach.diagnosis;

/**
 * Where {@link FeatureExtractor} puts a message's features, in a fixed order: by name for training
 * ({@link NamedFeatures}), by the model's ids for diagnosis ({@link EncodedFeatures}).
 */
interface FeatureSink {

    /** One feature occurrence over words {@code from}..{@code to} (exclusive); the name buffer is reused afterwards. */
    void add(FeatureName name, double value, int from, int to);

    /** Divides the value of every feature added so far by {@code norm}. */
    void divideAll(double norm);
}
