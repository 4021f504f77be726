package org.jiqitong.resources;

/** A resource's lifecycle: written, submitted for the second officer, published, closed. */
public enum ResourceStatus implements org.jiqitong.shared.Labelled {
    DRAFT, SUBMITTED, PUBLISHED, CLOSED
}
