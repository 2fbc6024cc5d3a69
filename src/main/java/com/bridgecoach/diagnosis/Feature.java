package com.bridgecoach.diagnosis;

/** One feature occurrence, tied to the words {@code from}..{@code to} (exclusive) it came from. */
record Feature(String name, double value, int from, int to) {
}
