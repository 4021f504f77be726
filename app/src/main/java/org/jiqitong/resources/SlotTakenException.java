package org.jiqitong.resources;

/** The slot asked for overlaps a live booking of the facility (the database's exclusion said so): 409. */
public class SlotTakenException extends ResourcesRefusedException {
    public SlotTakenException(String message) {
        super(message);
    }
}
