package org.jiqitong.matching.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.matching.Matching;
import org.jiqitong.shared.Uscc;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/** The calculator (public) and an entity's matches (scoped like its profile). */
@RestController
@Tag(name = "matching", description = "政策计算器与我的政策")
class MatchingApi {

    private static final int ANSWER_BUFFER = 64 * 1024;

    private final Matching matching;
    private final Clock clock;

    MatchingApi(Matching matching, Clock clock) {
        this.matching = matching;
        this.clock = clock;
    }

    @PostMapping("/api/v1/calculator")
    @Operation(summary = "政策计算器: {\"facts\":{…}} named as the registry's import columns → every published item's verdict")
    List<MatchJson> calculate(@RequestBody JsonNode body) {
        return matching.evaluate(CalculatorFacts.read(body.get("facts"), org.jiqitong.shared.ChinaTime.today(clock))).stream().map(MatchJson::of).toList();
    }

    @GetMapping("/api/v1/entities/{uscc}/matches")
    @Operation(summary = "我的政策: every published item for one entity, with verdicts, amounts and explanations")
    List<MatchJson> matches(@PathVariable String uscc, jakarta.servlet.http.HttpServletResponse response) {
        // the whole answer (~30 KB for 31 items) in Tomcat's buffer: sent with its Content-Length in one write, not
        // in 8 KB chunks
        response.setBufferSize(ANSWER_BUFFER);
        Uscc parsed = Uscc.parse(uscc);
        CurrentUser me = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (!me.maySee(parsed.value())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该市场主体");
        }
        return matching.forEntity(parsed, org.jiqitong.shared.ChinaTime.today(clock))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该市场主体"))
                .stream().map(MatchJson::of).toList();
    }
}
