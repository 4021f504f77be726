package org.jiqitong.shared;

import java.util.List;

/** Thrown when a 统一社会信用代码 is not valid under GB 32100-2015; carries a message code for i18n. */
public class InvalidUsccException extends IllegalArgumentException {

    private final String code;
    private final List<Object> arguments;

    public InvalidUsccException(String code, String defaultMessage, Object... arguments) {
        super(defaultMessage);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
