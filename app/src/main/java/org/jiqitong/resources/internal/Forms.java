package org.jiqitong.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.resources.ResourcesBadInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the pages' forms type, read into figures: each bad value refused by its field's name. */
final class Forms {

    private Forms() {
    }

    static BigDecimal number(String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ResourcesBadInputException("“" + field + "”:“" + s + "”不是数字");
        }
    }

    /** Yuan (or 万元 with {@code scale} 4) as fen. */
    static Long fen(String field, String s, int scale) {
        BigDecimal n = number(field, s);
        if (n == null) {
            return null;
        }
        BigDecimal fen = n.movePointRight(2 + scale);
        if (fen.signum() < 0 || fen.stripTrailingZeros().scale() > 0) {
            throw new ResourcesBadInputException("“" + field + "”:应为不小于0的金额,最多精确到分");
        }
        return fen.longValueExact();
    }

    /** A percentage as basis points (1.5 → 150). */
    static Integer bp(String field, String s) {
        BigDecimal n = number(field, s);
        if (n == null) {
            return null;
        }
        BigDecimal bp = n.movePointRight(2);
        if (bp.stripTrailingZeros().scale() > 0) {
            throw new ResourcesBadInputException("“" + field + "”:最多两位小数");
        }
        return bp.intValueExact();
    }

    static Integer integer(String field, String s) {
        BigDecimal n = number(field, s);
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0) {
            throw new ResourcesBadInputException("“" + field + "”:应为整数");
        }
        return n.intValueExact();
    }

    static LocalDate date(String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResourcesBadInputException("“" + field + "”:应为日期,如 2026-12-31");
        }
    }

    static LocalTime time(String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResourcesBadInputException("“" + field + "”:应为时间,如 09:00");
        }
    }

    static List<String> list(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("[,,、\\s]+")).map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Runs a step and says what came of it in the flash; a refusal keeps the page usable. */
    static String act(String back, RedirectAttributes redirect, String ok, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", ok);
        } catch (org.jiqitong.resources.ResourcesRefusedException | org.jiqitong.redemption.RedemptionRefusedException
                | org.jiqitong.shared.InvalidUsccException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
