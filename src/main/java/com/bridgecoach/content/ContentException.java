package com.bridgecoach.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the coaching content cannot be used; carries every error found, not just the first. */
public final class ContentException extends RuntimeException {
    private final List<ContentError> errors;

    public ContentException(List<ContentError> errors) {
        super(errors.stream().map(ContentError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<ContentError> errors() {
        return errors;
    }
}
