package org.jiqitong.monitoring;

/** Not in the caller's scope (answered as 404). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class MonitoringNotFoundException extends RuntimeException {
    public MonitoringNotFoundException() {
        super("没有找到 / not found");
    }
}
