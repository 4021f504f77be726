package org.jiqitong.resources;

/** A need: drafted by a commissioner (awaiting the enterprise), open (routed), closed. */
public enum NeedStatus implements org.jiqitong.shared.Labelled {
    DRAFT, OPEN, CLOSED
}
