package org.jiqitong.vault;

/** A vault step refused with the field it concerns (null when none) and a message for the person. */
public class VaultRefusedException extends RuntimeException {

    private final String field;

    public VaultRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
