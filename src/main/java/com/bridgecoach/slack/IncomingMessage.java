package com.bridgecoach.slack;

/**
 * A message a person sent the bot: a mention in a channel or thread, or a message in a DM.
 *
 * @param channelType Slack's channel type for {@code message} events ("im" for a DM); null for mentions
 * @param threadTs    the thread the message is in, or null when it is not in a thread
 * @param mention     true for an {@code app_mention}
 */
record IncomingMessage(String user, String channel, String channelType, String text, String ts, String threadTs, boolean mention) {

    /** A direct message to the bot. */
    boolean direct() {
        return "im".equals(channelType);
    }

    /** The thread an answer belongs in: the one the message is in, or a new one under it. */
    String replyThread() {
        return threadTs == null || threadTs.isBlank() ? ts : threadTs;
    }

    /** The text with mentions of users and the bot taken out. */
    String withoutMentions() {
        return SlackText.unescape(text == null ? "" : text.replaceAll("<@[A-Z0-9]+(\\|[^>]*)?>", " ").replaceAll("\\s+", " ").strip());
    }
}
