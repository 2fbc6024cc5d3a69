package com.bridgecoach.diagnosis;

import java.util.ArrayList;
import java.util.List;

/** Features by name, as training needs them (it builds the vocabulary from the names). */
final class NamedFeatures implements FeatureSink {
    private final List<Feature> features = new ArrayList<>();

    @Override
    public void add(FeatureName name, double value, int from, int to) {
        features.add(new Feature(name.toString(), value, from, to));
    }

    @Override
    public void divideAll(double norm) {
        features.replaceAll(f -> new Feature(f.name(), f.value() / norm, f.from(), f.to()));
    }

    List<Feature> features() {
        return features;
    }
}
