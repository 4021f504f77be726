package org.jiqitong.rules.eval;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Fen as yuan with thousands separators and two decimals ("20,000,000.00", "-0.05"), exactly as {@code #,##0.00}
 * writes it, in integer arithmetic: a {@link DecimalFormat} built per value was a few percent of an explained answer
 * (issue 12). The one formatter of amounts: explanations use it, and so does the platform's {@code Money.yuan}.
 */
public final class Yuan {

    private Yuan() {
    }

    public static String of(long fen) {
        if (fen == Long.MIN_VALUE) {
            return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(BigDecimal.valueOf(fen, 2));
        }
        long abs = Math.abs(fen);
        String whole = Long.toString(abs / 100);
        StringBuilder b = new StringBuilder(whole.length() + whole.length() / 3 + 5);
        if (fen < 0) {
            b.append('-');
        }
        int head = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        b.append(whole, 0, head);
        for (int i = head; i < whole.length(); i += 3) {
            b.append(',').append(whole, i, i + 3);
        }
        long cents = abs % 100;
        return b.append('.').append((char) ('0' + cents / 10)).append((char) ('0' + cents % 10)).toString();
    }
}
