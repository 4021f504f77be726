package org.jiqitong.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.ApiToken;
import org.jiqitong.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/tokens}: a signed-in person (session or HTTP Basic, not a token) issues, lists and revokes their
 * own personal API tokens; the secret is in the answer to POST only.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "identity", description = "personal API tokens")
class TokenApi {

    record NewToken(String name) {
    }

    record IssuedJson(long id, String name, String token) {
    }

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(summary = "Issue a token for the signed-in account; the secret is shown this once")
    ResponseEntity<IssuedJson> issue(@RequestBody(required = false) NewToken body, HttpServletRequest request) {
        ApiTokens.Issued issued = tokens.issue(person(), body == null ? null : body.name(), request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id()))
                .body(new IssuedJson(issued.token().id(), issued.token().name(), issued.secret()));
    }

    @GetMapping
    @Operation(summary = "The signed-in account's tokens (never their secrets)")
    List<ApiToken> list() {
        return tokens.of(person());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of the account's tokens at once")
    ResponseEntity<Void> revoke(@PathVariable long id, HttpServletRequest request) {
        CurrentUser me = person();
        if (!tokens.owns(me, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该令牌");
        }
        tokens.revoke(me, id, request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(TokenRefusedException.class)
    ProblemDetail refused(TokenRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Token refused");
        if (e.field() != null) {
            problem.setProperties(Map.of("field", e.field()));
        }
        return problem;
    }

    /** The person behind the request; a token cannot manage tokens (a stolen one could otherwise mint more). */
    private static CurrentUser person() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof BearerTokenFilter.TokenAuthentication) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "令牌不能签发或撤销令牌,请以账户密码登录后操作");
        }
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
