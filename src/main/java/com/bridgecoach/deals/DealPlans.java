package com.bridgecoach.deals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where deal plans and their history are kept, shared by every replica. */
public interface DealPlans {

    Optional<DealPlan> find(String channelId);

    /** Stores {@code plan} unless the channel has one already; returns the channel's plan either way. */
    DealPlan createIfAbsent(DealPlan plan);

    /**
     * Stores {@code updated} and its change if the stored plan is still at {@code expectedVersion};
     * false when another replica changed it first.
     */
    boolean save(DealPlan updated, long expectedVersion, PlanChange change);

    /**
     * Marks the plan message as being posted; true for exactly one caller while no message exists.
     * A claim made before {@code staleBefore} counts as abandoned (its replica died mid-post).
     */
    boolean claimMessage(String channelId, Instant at, Instant staleBefore);

    /** Records the posted message (or, with an empty ts, releases the claim). */
    void setMessage(String channelId, String messageTs);

    /** The channel's changes, oldest first. */
    List<PlanChange> changes(String channelId);
}
