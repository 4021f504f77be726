package org.jiqitong.resources;

/** A step or an input the resource library refuses, with the reason a person reads (409 in the API, 400 on a page). */
public class ResourcesRefusedException extends RuntimeException {
    public ResourcesRefusedException(String message) {
        super(message);
    }
}
