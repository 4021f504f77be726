package org.jiqitong.dormancy.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiqitong.dormancy.DormancyStatus;
import org.jiqitong.shared.ChinaTime;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The registry's profile page of a dormant entity shows its term (休眠期) beside the status: the registry knows the
 * status, this module the term; the page reads {@code dormancyTerm} when it is there (the registry does not depend on
 * this module).
 */
@ControllerAdvice(annotations = org.jiqitong.shared.PageController.class)
class ProfileTerm {

    private static final Pattern PROFILE = Pattern.compile("^/registry/entities/([0-9A-Z]{18})$");

    private final Episodes episodes;
    private final Clock clock;

    ProfileTerm(Episodes episodes, Clock clock) {
        this.episodes = episodes;
        this.clock = clock;
    }

    @ModelAttribute("dormancyTerm")
    String term(HttpServletRequest request) {
        Matcher m = PROFILE.matcher(request.getRequestURI());
        if (!m.matches()) {
            return null;
        }
        var today = ChinaTime.today(clock);
        return episodes.ofEntity(m.group(1)).stream()
                .filter(e -> e.status() == DormancyStatus.REGISTERED && !today.isBefore(e.start()) && !today.isAfter(e.end()))
                .findFirst().map(e -> e.start() + " 至 " + e.end()).orElse(null);
    }
}
