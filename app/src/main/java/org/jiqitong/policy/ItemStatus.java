package org.jiqitong.policy;

/** The lifecycle of an item version. Only a DRAFT may be edited; a PUBLISHED version is never edited. */
public enum ItemStatus {
    DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED, WITHDRAWN, EXPIRED
}
