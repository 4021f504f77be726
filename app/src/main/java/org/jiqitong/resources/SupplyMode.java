package org.jiqitong.resources;

/** How land is supplied (实施意见 14): 出让, 弹性年期, 先租后让, 租让结合. */
public enum SupplyMode implements org.jiqitong.shared.Labelled {
    TRANSFER, FLEXIBLE_TERM, LEASE_THEN_TRANSFER, LEASE_AND_TRANSFER
}
