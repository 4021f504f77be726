package org.jiqitong.demand;

import org.jiqitong.shared.Labelled;

/** Where a demand stands (Open311 shows DISPATCHED…REOPENED as "open", CLOSED as "closed"). */
public enum DemandStatus implements Labelled {
    DISPATCHED("已派单", "Dispatched"), RESPONDED("已响应,办理中", "Responded"), RETURNED("退回派单", "Returned to dispatch"),
    REPLIED("已答复,待评价", "Replied"), CLOSED("已办结", "Closed"), REOPENED("已重新办理", "Reopened");

    private final String labelZh;
    private final String labelEn;

    DemandStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public boolean open() {
        return this != CLOSED;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
