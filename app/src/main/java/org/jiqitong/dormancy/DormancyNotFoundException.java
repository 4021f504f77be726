package org.jiqitong.dormancy;

/** No such episode or entity in the caller's scope (answered as 404). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class DormancyNotFoundException extends RuntimeException {
    public DormancyNotFoundException() {
        super("没有找到 / not found");
    }
}
