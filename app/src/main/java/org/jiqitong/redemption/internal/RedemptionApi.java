package org.jiqitong.redemption.internal;

import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.redemption.ApplicationView;
import org.jiqitong.redemption.Redemption;
import org.jiqitong.redemption.TimelineStep;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Applications as JSON, scoped like the pages: a wrong scope answers 404. */
@RestController
class RedemptionApi {

    private final Redemption redemption;

    RedemptionApi(Redemption redemption) {
        this.redemption = redemption;
    }

    /** The caller's own applications (an enterprise). */
    @GetMapping("/api/v1/applications")
    List<ApplicationView> mine() {
        return redemption.mine(me());
    }

    @GetMapping("/api/v1/applications/{id}")
    ApplicationView one(@PathVariable long id) {
        return redemption.get(id, me());
    }

    @GetMapping("/api/v1/applications/{id}/timeline")
    List<TimelineStep> timeline(@PathVariable long id) {
        return redemption.timeline(id, me());
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
