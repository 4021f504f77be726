package org.jiqitong.demand;

/** A file attached to a demand: its content hash (where it is stored) and the name it was uploaded with. */
public record Attachment(String sha256, String fileName, String contentType) {
}
