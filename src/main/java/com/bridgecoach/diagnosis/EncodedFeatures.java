package com.bridgecoach.diagnosis;

import java.util.Arrays;

/**
 * A message's features as the model's ids, in primitive arrays: what diagnosis computes with. Features the
 * model never saw count for nothing, so they are not kept.
 */
final class EncodedFeatures implements FeatureSink {
    private static final String WORD = "w:";
    private static final String CUE = "cue:";

    private final SoftmaxModel model;
    private int size;
    private int[] ids;
    private double[] values;
    private int[] from;
    private int[] to;
    private boolean knowsAWord;

    EncodedFeatures(SoftmaxModel model, int expected) {
        this.model = model;
        int capacity = Math.max(16, expected);
        this.ids = new int[capacity];
        this.values = new double[capacity];
        this.from = new int[capacity];
        this.to = new int[capacity];
    }

    @Override
    public void add(FeatureName name, double value, int from, int to) {
        int id = model.id(name);
        if (id < 0) {
            return;
        }
        if (size == ids.length) {
            int capacity = size * 2;
            ids = Arrays.copyOf(ids, capacity);
            values = Arrays.copyOf(values, capacity);
            this.from = Arrays.copyOf(this.from, capacity);
            this.to = Arrays.copyOf(this.to, capacity);
        }
        ids[size] = id;
        values[size] = value;
        this.from[size] = from;
        this.to[size] = to;
        size++;
        if (!knowsAWord && (name.startsWith(WORD) || name.startsWith(CUE))) {
            knowsAWord = true;
        }
    }

    @Override
    public void divideAll(double norm) {
        for (int j = 0; j < size; j++) {
            values[j] /= norm;
        }
    }

    int size() {
        return size;
    }

    int id(int j) {
        return ids[j];
    }

    double value(int j) {
        return values[j];
    }

    int from(int j) {
        return from[j];
    }

    int to(int j) {
        return to[j];
    }

    /**
     * A word or cue the model was trained on is among the features: a message with none ("hi", "ok thanks") is
     * not evidence of anything.
     */
    boolean knowsAWord() {
        return knowsAWord;
    }
}
