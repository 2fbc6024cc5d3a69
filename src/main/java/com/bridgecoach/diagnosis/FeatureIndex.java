package com.bridgecoach.diagnosis;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The model's vocabulary as an open-addressing table from a {@link FeatureName} to its id: a probe compares
 * the stored hash, then the characters, so a lookup builds no string and a hash collision never confuses two
 * features. Built once when the model is trained and stored as it is, so loading is a few bulk copies.
 */
final class FeatureIndex {
    private final char[] chars; // every name, one after the other
    private final int[] starts; // name of id i: chars[starts[i]] up to chars[starts[i + 1]]
    /**
     * Table slot → the hash of the name in it (high 32 bits) and its id (low 32 bits, -1 when the slot is free):
     * one array, so a probe reads one place in memory rather than two.
     */
    private final long[] slots;
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
        this.slots = new long[capacity];
        this.mask = capacity - 1;
        Arrays.fill(slots, FREE);
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
            while ((int) slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = slot(h, id);
        }
    }

    private static final long FREE = -1L;

    private FeatureIndex(char[] chars, int[] starts, int[] ids, int[] hashes) {
        this.chars = chars;
        this.starts = starts;
        this.slots = new long[ids.length];
        for (int slot = 0; slot < ids.length; slot++) {
            slots[slot] = ids[slot] < 0 ? FREE : slot(hashes[slot], ids[slot]);
        }
        this.mask = ids.length - 1;
    }

    private static long slot(int hash, int id) {
        return (long) hash << 32 | (id & 0xffffffffL);
    }

    /** How many features. */
    int size() {
        return starts.length - 1;
    }

    /** The feature's id, or -1 when the model never saw it (it then counts for nothing). */
    int find(FeatureName name) {
        int h = name.hash();
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            int id = (int) entry;
            if (id < 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == h && name.sameAs(chars, starts[id], starts[id + 1])) {
                return id;
            }
        }
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(size());
        out.writeInt(chars.length);
        out.writeInt(slots.length);
        for (char c : chars) {
            out.writeChar(c);
        }
        for (int s : starts) {
            out.writeInt(s);
        }
        for (long entry : slots) {
            out.writeInt((int) entry);
        }
        for (long entry : slots) {
            out.writeInt(entry == FREE ? 0 : (int) (entry >>> 32));
        }
    }

    /**
     * Reads what {@link #writeTo} wrote, checking that every offset and id stays in bounds (the bundle's checksum
     * has vouched for the rest); throws IllegalArgumentException when it does not add up.
     */
    static FeatureIndex readFrom(ByteBuffer in) {
        int size = in.getInt();
        int charCount = in.getInt();
        int capacity = in.getInt();
        if (size < 0 || charCount < 0 || capacity < 4 || Integer.bitCount(capacity) != 1 || capacity <= size
                || (long) charCount * Character.BYTES + (size + 1L + 2L * capacity) * Integer.BYTES > in.remaining()) {
            throw new IllegalArgumentException("vocabulary of " + size + " features, " + charCount + " characters, " + capacity + " slots");
        }
        char[] chars = new char[charCount];
        in.asCharBuffer().get(chars);
        in.position(in.position() + charCount * Character.BYTES);
        int[] starts = ints(in, size + 1);
        int[] ids = ints(in, capacity);
        int[] hashes = ints(in, capacity);
        if (starts[0] != 0 || starts[size] != charCount) {
            throw new IllegalArgumentException("names do not fill the characters");
        }
        for (int i = 0; i < size; i++) {
            if (starts[i] > starts[i + 1]) {
                throw new IllegalArgumentException("name " + i + " ends before it starts");
            }
        }
        for (int id : ids) {
            if (id < -1 || id >= size) {
                throw new IllegalArgumentException("id " + id + " in the table");
            }
        }
        return new FeatureIndex(chars, starts, ids, hashes);
    }

    private static int[] ints(ByteBuffer in, int count) {
        int[] out = new int[count];
        in.asIntBuffer().get(out);
        in.position(in.position() + count * Integer.BYTES);
        return out;
    }
}
