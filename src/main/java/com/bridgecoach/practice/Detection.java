package com.bridgecoach.practice;

import com.bridgecoach.content.TechniqueBook;

/**
 * A technique found in a rep's turn.
 *
 * @param quote the rep's own sentence that gave it away
 */
public record Detection(String technique, TechniqueBook.Kind kind, String label, String quote) {

    public boolean good() {
        return kind == TechniqueBook.Kind.GOOD;
    }
}
