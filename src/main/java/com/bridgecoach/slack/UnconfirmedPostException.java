package com.bridgecoach.slack;

import java.io.IOException;

/**
 * Slack received a request that posts something but its answer never came back, and whether it acted cannot be
 * found out: posting again could show the rep the same thing twice, so the call gives up instead.
 */
final class UnconfirmedPostException extends IOException {

    UnconfirmedPostException(String what, Throwable cause) {
        super("Slack did not confirm " + what + " and it could not be checked", cause);
    }
}
