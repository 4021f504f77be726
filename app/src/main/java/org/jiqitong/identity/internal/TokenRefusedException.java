package org.jiqitong.identity.internal;

/** A token request that cannot be carried out: the field (or null) and the reason in Chinese. */
class TokenRefusedException extends RuntimeException {

    private final String field;

    TokenRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
