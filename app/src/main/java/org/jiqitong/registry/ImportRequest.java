package org.jiqitong.registry;

/** Who delivers which feed, from which source system, through which channel. */
public record ImportRequest(Feed feed, String source, Channel channel, String fileName, String startedBy) {

    /** How a delivery arrived. */
    public enum Channel { UPLOAD, API, CLI, FORM, DEMO }
}
