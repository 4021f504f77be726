package org.jiqitong.monitoring.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.monitoring.ProcurementCategory;
import org.jiqitong.monitoring.ProcurementCheck;
import org.jiqitong.monitoring.ProcurementLine;
import org.jiqitong.monitoring.ProcurementVerdict;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** 实施意见 2 over the API: a procurement plan's lines checked against the SME reservation (staff of any department). */
@RestController
class ProcurementApi {

    record Line(String id, String category, BigDecimal budgetYuan, Boolean suitableForSme, BigDecimal reservedYuan,
            BigDecimal reservedSmallMicroYuan) {
    }

    record Request(BigDecimal thresholdYuan, List<Line> lines) {
    }

    record Checked(String id, ProcurementVerdict verdict, List<String> reasons) {
    }

    record Response(List<Checked> lines) {
    }

    @PostMapping("/api/v1/procurement/check")
    @Operation(summary = "Checks procurement plan lines against the SME reservation: PASS, FAIL or OUT_OF_SCOPE with reasons")
    Response check(@RequestBody Request request) {
        CurrentUser me = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (me.is(Role.ENTERPRISE) || (me.departmentCode().isEmpty() && !me.is(Role.ADMIN))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (request == null || request.lines() == null || request.lines().isEmpty()) {
            throw new IllegalArgumentException("lines:请至少提供一行采购计划");
        }
        if (request.lines().size() > 10_000) {
            throw new IllegalArgumentException("lines:一次最多检查10000行");
        }
        long threshold = fen("thresholdYuan", request.thresholdYuan(), "采购限额标准");
        List<ProcurementLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            lines.add(line(request.lines().get(i), i + 1));
        }
        return new Response(ProcurementCheck.check(lines, threshold).stream()
                .map(r -> new Checked(r.id(), r.verdict(), r.reasons())).toList());
    }

    static ProcurementLine line(Line l, int n) {
        String id = l.id() == null || l.id().isBlank() ? String.valueOf(n) : l.id().strip();
        String where = "lines[" + (n - 1) + "](" + id + ")";
        ProcurementCategory c = ProcurementCategory.parse(l.category()).orElseThrow(() -> new IllegalArgumentException(
                where + ".category:应为 GOODS、SERVICES 或 WORKS(货物、服务、工程)"));
        if (l.suitableForSme() == null) {
            throw new IllegalArgumentException(where + ".suitableForSme:请写明是否适宜由中小企业提供(true/false)");
        }
        return new ProcurementLine(id, c, fen(where + ".budgetYuan", l.budgetYuan(), "预算"), l.suitableForSme(),
                l.reservedYuan() == null ? 0 : fen(where + ".reservedYuan", l.reservedYuan(), "预留金额"),
                l.reservedSmallMicroYuan() == null ? 0 : fen(where + ".reservedSmallMicroYuan", l.reservedSmallMicroYuan(),
                        "预留给小微企业的金额"));
    }

    static long fen(String field, BigDecimal yuan, String what) {
        if (yuan == null) {
            throw new IllegalArgumentException(field + ":缺少" + what);
        }
        if (yuan.signum() < 0) {
            throw new IllegalArgumentException(field + ":" + what + "不能为负数");
        }
        BigDecimal fen = yuan.movePointRight(2);
        if (fen.stripTrailingZeros().scale() > 0 || fen.compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) > 0) {
            throw new IllegalArgumentException(field + ":" + what + "应为元,最多两位小数");
        }
        return fen.longValueExact();
    }
}
