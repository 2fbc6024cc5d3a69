package com.bridgecoach.deals;

import java.util.List;

/** Where shared recommendations are kept; the store guarantees one row per share key across replicas. */
public interface SharedRecommendations {

    /** Records the share before anything is posted; false when the same click was already taken. */
    boolean claim(SharedRecommendation share);

    /** The share is posted and pinned as message {@code messageTs}. */
    void confirm(String shareKey, String messageTs);

    /** The share failed: forget the claim so the rep can try again. */
    void release(String shareKey);

    /** The rep's confirmed shares, newest first. */
    List<SharedRecommendation> recentBy(String userId, int limit);
}
