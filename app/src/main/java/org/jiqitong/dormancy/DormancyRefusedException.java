package org.jiqitong.dormancy;

/** A 休眠 step refused, with the rule it breaks. */
public class DormancyRefusedException extends RuntimeException {
    public DormancyRefusedException(String message) {
        super(message);
    }
}
