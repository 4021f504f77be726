package org.jiqitong.rules.condition;

/** One fault in a condition tree: where ({@code conditions.all[2].values[0]}) and why. */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
