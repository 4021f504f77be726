package org.jiqitong.resources;

/** A field that is wrong in itself (a negative area, an unknown district, a condition that does not check): 400. */
public class ResourcesBadInputException extends ResourcesRefusedException {
    public ResourcesBadInputException(String message) {
        super(message);
    }
}
