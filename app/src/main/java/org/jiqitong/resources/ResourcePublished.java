package org.jiqitong.resources;

/** A resource was published: the enterprises whose open needs it fits are told, once each. */
public record ResourcePublished(long resourceId) {
}
