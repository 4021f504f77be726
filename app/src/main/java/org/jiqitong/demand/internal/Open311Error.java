package org.jiqitong.demand.internal;

/** An Open311 error the specification's way: an HTTP status code and a description ({@link Open311Api} answers it). */
final class Open311Error extends RuntimeException {

    final int code;

    Open311Error(int code, String description) {
        super(description);
        this.code = code;
    }
}
