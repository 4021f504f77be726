package org.jiqitong.web.internal;

import org.jiqitong.shared.Labelled;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** {@code ${@labels.of(x)}} in templates: the Chinese name, or the English one when the page is in English. */
@Component("labels")
class Labels {

    public String of(Labelled labelled) {
        if (labelled == null) {
            return "";
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return english ? labelled.labelEn() : labelled.labelZh();
    }
}
