package com.bridgecoach.diagnosis;

import java.util.Arrays;

/**
 * A feature's name spelled into a reusable buffer ("w:" + a stem, "c:" + three letters…), so diagnosis can
 * look features up in the model without building a string for each of them.
 */
final class FeatureName {
    private char[] chars = new char[48];
    private int length;

    /** Empties the buffer and writes {@code prefix}. */
    FeatureName start(String prefix) {
        length = 0;
        return append(prefix);
    }

    FeatureName append(String s) {
        int n = s.length();
        room(n);
        s.getChars(0, n, chars, length);
        length += n;
        return this;
    }

    FeatureName append(char c) {
        room(1);
        chars[length++] = c;
        return this;
    }

    int length() {
        return length;
    }

    boolean startsWith(String prefix) {
        if (prefix.length() > length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (chars[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The buffer spells exactly {@code other[from]} up to {@code other[to]} (exclusive). */
    boolean sameAs(char[] other, int from, int to) {
        return Arrays.equals(chars, 0, length, other, from, to);
    }

    /**
     * Empties the buffer and writes the character n-gram "c:" + {@code padded[k..k+n)}, where padded is
     * {@code word} between "<" and ">", without building the padded word.
     */
    FeatureName ngram(String word, int k, int n) {
        length = 0;
        room(2 + n);
        chars[0] = 'c';
        chars[1] = ':';
        int last = word.length() + 1;
        for (int j = k; j < k + n; j++) {
            chars[2 + j - k] = j == 0 ? '<' : j == last ? '>' : word.charAt(j - 1);
        }
        length = 2 + n;
        return this;
    }

    /** A well-spread hash of the characters; the same for a name and the string it spells. */
    int hash() {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        h ^= h >>> 16;
        h *= 0x7feb352d;
        h ^= h >>> 15;
        h *= 0x846ca68b;
        return h ^ (h >>> 16);
    }

    private void room(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
