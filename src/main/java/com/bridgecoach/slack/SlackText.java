package com.bridgecoach.slack;

/** Undoes Slack's escaping of what people typed: Slack sends {@code & < >} as entities. Mentions stay as they are. */
final class SlackText {
    private SlackText() {
    }

    static String unescape(String text) {
        return text == null ? "" : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
