package org.jiqitong.registry;

/** A whole delivery is refused before any row lands (unknown source, wrong header, unreadable file). */
public class ImportRefusedException extends RuntimeException {
    public ImportRefusedException(String message) {
        super(message);
    }
}
