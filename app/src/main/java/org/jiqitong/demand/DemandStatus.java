package org.jiqitong.demand;

import org.jiqitong.shared.Labelled;

/** Where a demand stands (Open311 shows DISPATCHED…REOPENED as "open", CLOSED as "closed"). */
public enum DemandStatus implements Labelled {
    DISPATCHED, RESPONDED, RETURNED,
    REPLIED, CLOSED, REOPENED;

    public boolean open() {
        return this != CLOSED;
    }
}
