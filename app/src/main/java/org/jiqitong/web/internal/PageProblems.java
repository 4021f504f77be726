package org.jiqitong.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The pages' one handler of bad input (issue 13.12): what a controller did not answer itself becomes the error page
 * with the reason — 400 for input that cannot be used, 404 for what is not there — never a 500. The API's
 * {@link ApiProblems} (first in order) answers the same classes as problem JSON; this advice comes after it and handles
 * only the types that advice handles too, so an API call never gets a page.
 */
@ControllerAdvice(annotations = org.jiqitong.shared.PageController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler({IllegalArgumentException.class, java.time.DateTimeException.class,
        org.jiqitong.shared.InvalidUsccException.class, org.jiqitong.redemption.RedemptionRefusedException.class,
        org.jiqitong.demand.DemandRefusedException.class, org.jiqitong.supervision.SupervisionRefusedException.class,
        org.jiqitong.vault.VaultRefusedException.class, org.jiqitong.dormancy.DormancyRefusedException.class,
        org.jiqitong.resources.ResourcesRefusedException.class,
        org.jiqitong.policy.PolicyRefusedException.class, org.jiqitong.shared.UploadRefusedException.class,
        org.jiqitong.registry.ImportRefusedException.class, org.springframework.web.multipart.MultipartException.class})
    void badInput(RuntimeException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(BadInput.ATTRIBUTE, BadInput.forPeople(e.getMessage()));
        response.sendError(400);
    }

    @ExceptionHandler(org.jiqitong.policy.PolicyNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(404);
    }

    @ExceptionHandler(DataAccessException.class)
    void database(DataAccessException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var problem = BadInput.fromDatabase(e);
        if (problem.isEmpty()) {
            throw e;
        }
        request.setAttribute(BadInput.ATTRIBUTE, problem.get());
        response.sendError(400);
    }
}
