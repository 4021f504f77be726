package org.jiqitong.resources;

/** A booking of a shared facility: requested (holds the slot), approved, refused, cancelled. */
public enum BookingStatus implements org.jiqitong.shared.Labelled {
    REQUESTED, APPROVED, REFUSED, CANCELLED;

    /** Whether it holds its slot (the database's exclusion covers these). */
    public boolean live() {
        return this == REQUESTED || this == APPROVED;
    }
}
