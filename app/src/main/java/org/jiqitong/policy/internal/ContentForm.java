package org.jiqitong.policy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.policy.ItemContent;
import org.jiqitong.policy.PolicyRefusedException;
import org.jiqitong.shared.Money;

/** A draft's content from the officer's form: money in 元 to fen, lines to lists; a bad field is refused by name. */
final class ContentForm {

    private ContentForm() {
    }

    static ItemContent content(ItemContent old, Map<String, String> f) {
        return new ItemContent(f.getOrDefault("name", old.name()), BenefitType.valueOf(f.getOrDefault("benefitType",
                old.benefitType().name())), f.getOrDefault("content", old.content()),
                f.getOrDefault("beneficiaries", old.beneficiaries()), old.conditions(), blank(f.get("formula")),
                yuan(f.get("capYuan")), "true".equals(f.get("amountIllustrative")),
                f.getOrDefault("fixtures", old.fixtures()), lines(f.get("materials")), lines(f.get("procedureSteps")),
                date(f.get("windowFrom")), date(f.get("windowTo")), integer(f.get("payoutDays")),
                blank(f.get("contactPerson")), blank(f.get("contactPhone")), blank(f.get("contactAddress")),
                f.get("noApplication") == null || f.get("noApplication").isBlank() ? null
                        : Boolean.valueOf(f.get("noApplication")), blank(f.get("exclusionGroup")), null, null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Long yuan(String s) {
        String v = blank(s);
        try {
            return v == null ? null : Money.fenOf(new BigDecimal(v));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new PolicyRefusedException("capYuan: \u201c" + v + "\u201d不是以元为单位、最多两位小数的金额");
        }
    }

    private static Integer integer(String s) {
        String v = blank(s);
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new PolicyRefusedException("payoutDays: \u201c" + v + "\u201d不是整数");
        }
    }

    private static LocalDate date(String s) {
        String v = blank(s);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new PolicyRefusedException("window: \u201c" + v + "\u201d不是日期,如 2026-12-31");
        }
    }
}
