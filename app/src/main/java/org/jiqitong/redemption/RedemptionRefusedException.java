package org.jiqitong.redemption;

/** A request the redemption rules refuse; nothing was changed. The message says why, in Chinese. */
public class RedemptionRefusedException extends RuntimeException {
    public RedemptionRefusedException(String message) {
        super(message);
    }
}
