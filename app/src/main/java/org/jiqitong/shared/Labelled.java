package org.jiqitong.shared;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A code with its Chinese and English names; the UI shows the one of the reader's language. The names live in
 * {@code messages.properties} (Chinese) and {@code messages_en.properties} under {@code label.<Type>.<CODE>} — one
 * place for every label of both languages, checked by {@code MessagesTest}.
 */
public interface Labelled {

    /** The code, as an enum names it. */
    String name();

    default String labelZh() {
        return Names.of(this, Names.ZH);
    }

    default String labelEn() {
        return Names.of(this, Names.EN);
    }

    /** The two bundles, loaded once, without falling back to the machine's own locale. */
    final class Names {
        private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        static final ResourceBundle ZH = ResourceBundle.getBundle("messages", Locale.ROOT, EXACT);
        static final ResourceBundle EN = ResourceBundle.getBundle("messages", Locale.ENGLISH, EXACT);

        private Names() {
        }

        static String of(Labelled code, ResourceBundle bundle) {
            String type = code instanceof Enum<?> e ? e.getDeclaringClass().getName() : code.getClass().getName();
            String key = "label." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + code.name();
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return code.name(); // MessagesTest makes sure this never shows
            }
        }
    }
}
