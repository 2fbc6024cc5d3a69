package com.bridgecoach.slack;

import com.bridgecoach.content.Notice;
import com.bridgecoach.store.StoreException;

/** Which notice a rep sees when coaching failed: the store being out of reach has its own, clearer one. */
final class Failures {
    private Failures() {
    }

    static Notice noticeFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException) {
                return Notice.STORE_UNAVAILABLE;
            }
        }
        return Notice.SOMETHING_WENT_WRONG;
    }
}
