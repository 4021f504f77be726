package org.jiqitong.web.internal;

import java.util.Map;
import org.jiqitong.registry.ImportRefusedException;
import org.jiqitong.shared.InvalidUsccException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** API errors as RFC 9457 problem details, each saying which field and why. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidUsccException.class)
    ProblemDetail invalidUscc(InvalidUsccException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid unified social credit code");
        problem.setProperties(Map.of("field", "uscc", "code", e.code()));
        return problem;
    }

    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail importRefused(ImportRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Delivery refused");
        return problem;
    }

    @ExceptionHandler(org.jiqitong.rules.condition.ConditionException.class)
    ProblemDetail condition(org.jiqitong.rules.condition.ConditionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        problem.setProperties(Map.of("errors", e.problems().stream()
                .map(p -> Map.of("path", p.path(), "message", p.message())).toList()));
        return problem;
    }

    @ExceptionHandler(org.jiqitong.policy.PolicyNotFoundException.class)
    ProblemDetail policyNotFound(org.jiqitong.policy.PolicyNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(org.jiqitong.policy.PolicyRefusedException.class)
    ProblemDetail policyRefused(org.jiqitong.policy.PolicyRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not allowed in this state");
        problem.setProperties(Map.of("reasons", e.reasons()));
        return problem;
    }

    @ExceptionHandler({org.jiqitong.redemption.RedemptionRefusedException.class,
        org.jiqitong.demand.DemandRefusedException.class, org.jiqitong.supervision.SupervisionRefusedException.class,
        org.jiqitong.vault.VaultRefusedException.class, org.jiqitong.dormancy.DormancyRefusedException.class,
        org.jiqitong.resources.ResourcesRefusedException.class})
    ProblemDetail refused(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not allowed in this state");
        return problem;
    }

    @ExceptionHandler(org.jiqitong.resources.ResourcesBadInputException.class)
    ProblemDetail resourceInput(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        return problem;
    }

    @ExceptionHandler(org.jiqitong.resources.SlotTakenException.class)
    ProblemDetail slotTaken(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Slot taken");
        return problem;
    }

    @ExceptionHandler({org.jiqitong.shared.UploadRefusedException.class,
        org.springframework.web.multipart.MultipartException.class})
    ProblemDetail uploadRefused(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Upload refused");
        return problem;
    }

    /** Input the database refused as data (too long, out of range, a check): 400; anything else stays a 500. */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    ProblemDetail database(org.springframework.dao.DataAccessException e) {
        String detail = BadInput.fromDatabase(e).orElseThrow(() -> e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad request");
        return problem;
    }

    @ExceptionHandler({IllegalArgumentException.class, java.time.DateTimeException.class})
    ProblemDetail badArgument(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        return problem;
    }
}
