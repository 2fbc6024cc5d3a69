package com.bridgecoach.diagnosis;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
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
    private final FeatureIndex index; // feature name → id
    private final double[] weights; // [feature * classes + class]
    private final double[] bias;

    private SoftmaxModel(int classes, FeatureIndex index, double[] weights, double[] bias) {
        this.classes = classes;
        this.index = index;
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
        String[] names = new String[vocabulary.size()];
        vocabulary.forEach((name, id) -> names[id] = name);
        double[] flat = new double[names.length * classes];
        for (int f = 0; f < names.length; f++) {
            System.arraycopy(w[f], 0, flat, f * classes, classes);
        }
        return new SoftmaxModel(classes, new FeatureIndex(names), flat, b);
    }

    /** The feature's id, or -1 when it was never seen in training (it then counts for nothing). */
    int id(FeatureName name) {
        return index.find(name);
    }

    /** Raw class scores (logits) for a message's features. */
    double[] logits(EncodedFeatures features) {
        double[] out = bias.clone();
        for (int j = 0; j < features.size(); j++) {
            int row = features.id(j) * classes;
            double value = features.value(j);
            for (int c = 0; c < classes; c++) {
                out[c] += weights[row + c] * value;
            }
        }
        return out;
    }

    /** How much one occurrence of feature {@code id} with this value pushes class {@code c} above the average of the classes. */
    double contribution(int id, double value, int c) {
        int row = id * classes;
        double mean = 0;
        for (int k = 0; k < classes; k++) {
            mean += weights[row + k];
        }
        mean /= classes;
        return (weights[row + c] - mean) * value;
    }

    /** The vocabulary, then the weights and the bias, as {@link #readFrom} expects them. */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        index.writeTo(out);
        for (double w : weights) {
            out.writeDouble(w);
        }
        for (double b : bias) {
            out.writeDouble(b);
        }
    }

    /** Reads what {@link #writeTo} wrote; throws IllegalArgumentException when it does not add up. */
    static SoftmaxModel readFrom(ByteBuffer in, int expectedClasses) {
        int classes = in.getInt();
        if (classes != expectedClasses) {
            throw new IllegalArgumentException("a model for " + classes + " classes, not " + expectedClasses);
        }
        FeatureIndex index = FeatureIndex.readFrom(in);
        if ((long) index.size() * classes * Double.BYTES > in.remaining()) {
            throw new IllegalArgumentException("weights for " + index.size() + " features do not fit");
        }
        double[] weights = doubles(in, index.size() * classes);
        double[] bias = doubles(in, classes);
        return new SoftmaxModel(classes, index, weights, bias);
    }

    private static double[] doubles(ByteBuffer in, int count) {
        double[] out = new double[count];
        in.asDoubleBuffer().get(out);
        in.position(in.position() + count * Double.BYTES);
        return out;
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
