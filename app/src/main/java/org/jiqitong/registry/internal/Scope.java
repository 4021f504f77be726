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

    /** Parses the USCC of a URL; an invalid one or one outside the caller's scope is simply not found. */
    static Uscc visible(String raw) {
        if (!Uscc.isValid(raw) || !caller().maySee(Uscc.parse(raw).value())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Uscc.parse(raw);
    }
}
