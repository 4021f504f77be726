package org.jiqitong.registry.internal;

import org.jiqitong.identity.CurrentUser;
import org.jiqitong.shared.Uscc;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The caller's scope over the registry: an enterprise sees only its own entity; outside it is 404. */
final class Scope {

    private Scope() {
    }

    static CurrentUser caller() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    /** Registry deliveries and manual entries are for administrators only. */
    static void requireAdmin() {
        if (!caller().is(org.jiqitong.identity.Role.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有系统管理员可以导入或登记市场主体数据");
        }
    }

    /** Parses the USCC of a URL; an invalid one or one outside the caller's scope is simply not found. */
    static Uscc visible(String raw) {
        if (!Uscc.isValid(raw) || !caller().maySee(Uscc.parse(raw).value())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Uscc.parse(raw);
    }
}
