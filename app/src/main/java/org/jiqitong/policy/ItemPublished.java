package org.jiqitong.policy;

/** A version of an item was published (the matching module sweeps it). */
public record ItemPublished(long itemId, long versionId, int version) {
}
