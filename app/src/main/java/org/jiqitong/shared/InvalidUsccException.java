package org.jiqitong.shared;

/** Thrown when a 统一社会信用代码 is not valid under GB 32100-2015; carries a stable code beside the Chinese message. */
public class InvalidUsccException extends IllegalArgumentException {

    private final String code;

    public InvalidUsccException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
