package com.bridgecoach.store;

/** The store could not do what was asked; the message says what, never the data involved. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
