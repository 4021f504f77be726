package org.jiqitong.notification;

/** Preferences that cannot be kept, with the form field at fault. */
public class PreferencesRefusedException extends RuntimeException {

    private final String field;

    public PreferencesRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
