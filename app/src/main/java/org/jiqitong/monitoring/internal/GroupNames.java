package org.jiqitong.monitoring.internal;

import java.util.Locale;
import org.jiqitong.registry.Breakdown;
import org.jiqitong.registry.District;
import org.jiqitong.registry.EntityStatus;
import org.jiqitong.registry.Industries;
import org.jiqitong.registry.Ownership;
import org.jiqitong.shared.Bilingual;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The names of the population's groups in both languages (a code is never shown as such). */
@Component
public class GroupNames {

    private final MessageSource messages;

    GroupNames(MessageSource messages) {
        this.messages = messages;
    }

    public Bilingual of(Breakdown b, String code) {
        return switch (b) {
            case SIZE_CLASS -> new Bilingual(message("size." + code, Locale.SIMPLIFIED_CHINESE), message("size." + code,
                    Locale.ENGLISH));
            case DISTRICT -> District.ofCode(code).map(d -> new Bilingual(d.labelZh(), d.labelEn()))
                    .orElse(new Bilingual(code, code));
            case SECTION -> new Bilingual(code + " " + Industries.section(code), code + " " + Industries.section(code));
            case OWNERSHIP -> "UNKNOWN".equals(code) ? new Bilingual("未知(未报送经济类型)", "Unknown (not delivered)")
                    : Ownership.parse(code).map(o -> new Bilingual(o.labelZh(), o.labelEn())).orElse(new Bilingual(code, code));
            case STATUS -> java.util.Arrays.stream(EntityStatus.values()).filter(s -> s.name().equals(code)).findFirst()
                    .map(s -> new Bilingual(s.labelZh(), s.labelEn())).orElse(new Bilingual(code, code));
        };
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
