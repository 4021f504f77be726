package org.jiqitong.monitoring;

/** A procurement line against the SME reservation: meets it, does not, or is not subject to it. */
public enum ProcurementVerdict implements org.jiqitong.shared.Labelled {
    PASS, FAIL, OUT_OF_SCOPE
}
