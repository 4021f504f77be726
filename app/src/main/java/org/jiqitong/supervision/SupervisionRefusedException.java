package org.jiqitong.supervision;

/** A supervision request that cannot be carried out, with the reason in Chinese. */
public class SupervisionRefusedException extends RuntimeException {
    public SupervisionRefusedException(String message) {
        super(message);
    }
}
