package com.bridgecoach.coach;

/** A rep's words to the coach, from whichever surface they came. */
public record CoachRequest(String userId, String text) {
    public CoachRequest {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a request needs the user it came from");
        }
        text = text == null ? "" : text;
    }
}
