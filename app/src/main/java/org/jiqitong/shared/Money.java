package org.jiqitong.shared;

import java.math.BigDecimal;
import org.jiqitong.rules.eval.Yuan;

/** Money is a long in fen; it is shown as 元 with two decimals. */
public final class Money {

    private Money() {
    }

    /** Yuan with at most two decimals, not negative, as fen; refuses anything else. */
    public static long fenOf(BigDecimal yuan) {
        if (yuan.signum() < 0 || yuan.scale() > 2) {
            throw new ArithmeticException("not an amount in yuan with at most two decimals: " + yuan.toPlainString());
        }
        return yuan.movePointRight(2).longValueExact();
    }

    /** "1,234,567.80" for 123456780 fen; empty for null. */
    public static String yuan(Long fen) {
        if (fen == null) {
            return "";
        }
        return Yuan.of(fen);
    }
}
