package org.jiqitong.demand;

/** No such demand in the caller's scope. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class DemandNotFoundException extends RuntimeException {
    public DemandNotFoundException() {
        super("没有找到这项诉求");
    }
}
