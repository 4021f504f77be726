package org.jiqitong.policy;

/** An item's published version was withdrawn or expired and no longer applies. */
public record ItemWithdrawn(long itemId, long versionId, ItemStatus status) {
}
