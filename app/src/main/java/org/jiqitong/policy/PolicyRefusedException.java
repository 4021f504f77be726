package org.jiqitong.policy;

import java.util.List;

/** A step of the item lifecycle that is not allowed, with every reason (each with its path where it has one). */
public class PolicyRefusedException extends RuntimeException {

    private final List<String> reasons;

    public PolicyRefusedException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public PolicyRefusedException(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
