package org.jiqitong.web.internal;

import org.jiqitong.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts for pages, {@code @money.of(fen)}: "1,000.00 元" in Chinese, "CNY 1,000.00" in English. Money stays integer
 * fen everywhere else; this is only how a person reads it.
 */
@Component("money")
class MoneyFormat {

    public String of(Long fen) {
        if (fen == null) {
            return "";
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return english ? "CNY " + Money.yuan(fen) : Money.yuan(fen) + " 元";
    }
}
