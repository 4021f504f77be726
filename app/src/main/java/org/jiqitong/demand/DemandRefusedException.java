package org.jiqitong.demand;

/** A demand request refused, with the field at fault (may be null) and the reason in Chinese. */
public class DemandRefusedException extends RuntimeException {

    private final String field;

    public DemandRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
