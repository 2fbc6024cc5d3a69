package com.bridgecoach.content;

/** One problem found in the coaching content, located precisely enough for an editor to fix it. */
public record ContentError(String file, int line, String field, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field == null || field.isEmpty()
                ? where + ": " + message
                : where + ": " + field + ": " + message;
    }
}
