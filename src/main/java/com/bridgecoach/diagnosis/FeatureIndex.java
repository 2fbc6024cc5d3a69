package com.bridgecoach.diagnosis;

import java.util.Arrays;

/**
 * The model's vocabulary as an open-addressing table from a {@link FeatureName} to its id: a probe compares
 * the stored hash, then the characters, so a lookup builds no string and a hash collision never confuses two
 * features.
 */
final class FeatureIndex {
    private final char[] chars; // every name, one after the other
    private final int[] starts; // name of id i: chars[starts[i]] up to chars[starts[i + 1]]
    private final int[] ids;
    private final int[] hashes;
    private final int mask;

    /** {@code names[id]} is the feature with that id; names are distinct. */
    FeatureIndex(String[] names) {
        int total = 0;
        for (String name : names) {
            total += name.length();
        }
        this.chars = new char[total];
        this.starts = new int[names.length + 1];
        int capacity = Integer.highestOneBit(Math.max(4, names.length * 2 - 1)) << 1;
        this.ids = new int[capacity];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        Arrays.fill(ids, -1);
        FeatureName scratch = new FeatureName();
        for (int id = 0; id < names.length; id++) {
            names[id].getChars(0, names[id].length(), chars, starts[id]);
            starts[id + 1] = starts[id] + names[id].length();
            scratch.start(names[id]);
            if (find(scratch) >= 0) {
                throw new IllegalArgumentException("feature " + names[id] + " twice");
            }
            int h = scratch.hash();
            int slot = h & mask;
            while (ids[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            ids[slot] = id;
            hashes[slot] = h;
        }
    }

    /** The feature's id, or -1 when the model never saw it (it then counts for nothing). */
    int find(FeatureName name) {
        int h = name.hash();
        for (int slot = h & mask; ids[slot] >= 0; slot = (slot + 1) & mask) {
            int id = ids[slot];
            if (hashes[slot] == h && name.sameAs(chars, starts[id], starts[id + 1])) {
                return id;
            }
        }
        return -1;
    }
}
