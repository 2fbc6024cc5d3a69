package com.bridgecoach.diagnosis;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse features, trained on the example utterances in
 * {@code prompts/} (at build time for the jar, see {@link ModelBundle}; at start-up when the content
 * differs). Every weight can be traced back to the words that carried it, which is what evidence needs.
 */
final class SoftmaxModel {
    private final int classes;
    private final Map<String, Integer> vocabulary;
    private final double[][] weights; // [feature][class]
    private final double[] bias;

    private SoftmaxModel(int classes, Map<String, Integer> vocabulary, double[][] weights, double[] bias) {
        this.classes = classes;
        this.vocabulary = vocabulary;
        this.weights = weights;
        this.bias = bias;
    }

    /** One training example: its features and its class index. */
    record Example(List<Feature> features, int label) {
    }

    static SoftmaxModel train(List<Example> examples, int classes, int epochs, double l2, long seed) {
        Map<String, Integer> vocabulary = new HashMap<>();
        for (Example e : examples) {
            for (Feature f : e.features()) {
                vocabulary.putIfAbsent(f.name(), vocabulary.size());
            }
        }
        double[][] w = new double[vocabulary.size()][classes];
        double[][] g2 = new double[vocabulary.size()][classes];
        double[] b = new double[classes];
        double[] gb = new double[classes];
        int[][] ids = new int[examples.size()][];
        double[][] values = new double[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            List<Feature> fs = examples.get(i).features();
            ids[i] = new int[fs.size()];
            values[i] = new double[fs.size()];
            for (int j = 0; j < fs.size(); j++) {
                ids[i][j] = vocabulary.get(fs.get(j).name());
                values[i][j] = fs.get(j).value();
            }
        }
        Random random = new Random(seed);
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double rate = 0.5;
        double[] p = new double[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[k];
                order[k] = t;
            }
            for (int n : order) {
                scores(ids[n], values[n], w, b, p);
                softmaxInPlace(p);
                int y = examples.get(n).label();
                for (int c = 0; c < classes; c++) {
                    double err = p[c] - (c == y ? 1 : 0);
                    gb[c] += err * err;
                    b[c] -= rate * err / Math.sqrt(gb[c] + 1e-8);
                    for (int j = 0; j < ids[n].length; j++) {
                        int f = ids[n][j];
                        double grad = err * values[n][j] + l2 * w[f][c];
                        g2[f][c] += grad * grad;
                        w[f][c] -= rate * grad / Math.sqrt(g2[f][c] + 1e-8);
                    }
                }
            }
        }
        return new SoftmaxModel(classes, vocabulary, w, b);
    }

    /** Raw class scores (logits) for a message's features; features never seen in training count for nothing. */
    double[] logits(List<Feature> features) {
        double[] out = bias.clone();
        for (Feature f : features) {
            Integer id = vocabulary.get(f.name());
            if (id != null) {
                for (int c = 0; c < classes; c++) {
                    out[c] += weights[id][c] * f.value();
                }
            }
        }
        return out;
    }

    /** How much one feature occurrence pushes class {@code c} above the average of the classes. */
    double contribution(Feature f, int c) {
        Integer id = vocabulary.get(f.name());
        if (id == null) {
            return 0;
        }
        double mean = 0;
        for (int k = 0; k < classes; k++) {
            mean += weights[id][k];
        }
        mean /= classes;
        return (weights[id][c] - mean) * f.value();
    }

    boolean knows(String featureName) {
        return vocabulary.containsKey(featureName);
    }

    /** The vocabulary in id order, then the weights and the bias, as {@link #readFrom} expects them. */
    void writeTo(DataOutputStream out) throws IOException {
        String[] names = new String[vocabulary.size()];
        vocabulary.forEach((name, id) -> names[id] = name);
        out.writeInt(classes);
        out.writeInt(names.length);
        for (String name : names) {
            byte[] b = name.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
        for (double[] row : weights) {
            for (double w : row) {
                out.writeDouble(w);
            }
        }
        for (double b : bias) {
            out.writeDouble(b);
        }
    }

    /** Reads what {@link #writeTo} wrote; throws IllegalArgumentException when it does not add up. */
    static SoftmaxModel readFrom(ByteBuffer in, int expectedClasses) {
        int classes = in.getInt();
        int size = in.getInt();
        if (classes != expectedClasses || size < 0 || size > in.remaining() / 4) {
            throw new IllegalArgumentException("classes " + classes + ", features " + size);
        }
        Map<String, Integer> vocabulary = new HashMap<>(size * 2);
        for (int id = 0; id < size; id++) {
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw new IllegalArgumentException("feature name of " + length + " bytes");
            }
            String name = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            if (vocabulary.put(name, id) != null) {
                throw new IllegalArgumentException("feature " + name + " twice");
            }
        }
        double[][] weights = new double[size][classes];
        for (double[] row : weights) {
            in.asDoubleBuffer().get(row);
            in.position(in.position() + classes * Double.BYTES);
        }
        double[] bias = new double[classes];
        in.asDoubleBuffer().get(bias);
        in.position(in.position() + classes * Double.BYTES);
        return new SoftmaxModel(classes, vocabulary, weights, bias);
    }

    private static void scores(int[] ids, double[] values, double[][] w, double[] b, double[] out) {
        System.arraycopy(b, 0, out, 0, b.length);
        for (int j = 0; j < ids.length; j++) {
            double[] row = w[ids[j]];
            for (int c = 0; c < out.length; c++) {
                out[c] += row[c] * values[j];
            }
        }
    }

    static void softmaxInPlace(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.exp(v[i] - max);
            sum += v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= sum;
        }
    }
}
