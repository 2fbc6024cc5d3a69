package com.bridgecoach.coach;

import java.time.Instant;

/** A place that keeps records about reps; each can forget one rep and drop what is past retention. */
public interface KeptRecords {

    /** Deletes (or, where the team still needs the record, anonymises) what is kept about the user; returns how many records. */
    int forget(String userId);

    /** Deletes what was recorded before {@code cutoff}; returns how many records. */
    int purgeBefore(Instant cutoff);
}
