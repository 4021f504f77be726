package org.jiqitong.vault;

/** No such document, grant or code in the caller's scope (answered as 404, never as "someone else's"). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class VaultNotFoundException extends RuntimeException {
    public VaultNotFoundException() {
        super("没有找到,或您无权查看 / not found, or not yours to see");
    }
}
