package org.jiqitong.resources;

/** No such resource, need, booking or enterprise in the caller's scope (answered as 404). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class ResourceNotFoundException extends RuntimeException {
    public ResourceNotFoundException() {
        super("没有找到 / not found");
    }
}
