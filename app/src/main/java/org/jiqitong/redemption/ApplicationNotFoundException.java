package org.jiqitong.redemption;

/** No such application in the caller's scope (answered as 404, never as "someone else's"). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class ApplicationNotFoundException extends RuntimeException {
    public ApplicationNotFoundException() {
        super("没有找到这项申报");
    }
}
