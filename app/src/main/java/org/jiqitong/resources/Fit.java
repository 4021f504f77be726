package org.jiqitong.resources;

/** One constraint of a need against a resource: met or not, and the figures that decided it, in words. */
public record Fit(String constraint, boolean met, String detail) {
}
