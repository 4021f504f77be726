package org.jiqitong.shared;

/** An upload refused (too large, empty, or not of an accepted type by its content), with the reason in Chinese. */
public class UploadRefusedException extends RuntimeException {
    public UploadRefusedException(String message) {
        super(message);
    }
}
