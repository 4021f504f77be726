package org.jiqitong.notification;

import java.util.regex.Pattern;
import org.jiqitong.notification.internal.Inbox;
import org.jiqitong.shared.Page;
import org.jiqitong.shared.Uscc;
import org.springframework.stereotype.Service;

/** An enterprise's inbox and its preferences. Every call is scoped to the enterprise given. */
@Service
public class Notifications {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Inbox inbox;

    Notifications(Inbox inbox) {
        this.inbox = inbox;
    }

    public Page<InboxMessage> inbox(Uscc uscc, int page, int size) {
        return inbox.page(uscc.value(), page, size);
    }

    public long unread(Uscc uscc) {
        return inbox.unread(uscc.value());
    }

    /** Marks a message read; false when the enterprise has no such message. */
    public boolean markRead(Uscc uscc, long messageId) {
        return inbox.markRead(uscc.value(), messageId);
    }

    /**
     * A message the enterprise must get whatever it subscribed to (money it is owed, a deadline it must meet): once
     * per {@code key}; by e-mail too if it opted in. Returns false when a message with this key was sent before.
     */
    public boolean tell(Uscc uscc, String key, Long itemId, org.jiqitong.shared.Bilingual title,
            org.jiqitong.shared.Bilingual body, java.util.List<String> reasons, Long amountFen,
            java.time.LocalDate deadline) {
        Preferences p = inbox.preferences(uscc.value());
        return inbox.tell(uscc.value(), key, itemId, title, body, reasons, amountFen, deadline,
                p.emailOptIn() ? p.email() : null);
    }

    public Preferences preferences(Uscc uscc) {
        return inbox.preferences(uscc.value());
    }

    public void savePreferences(Uscc uscc, Preferences preferences) {
        if (preferences.email() != null && (preferences.email().length() > 254
                || !EMAIL.matcher(preferences.email()).matches())) {
            throw new PreferencesRefusedException("email", "“" + preferences.email() + "”不是有效的电子邮箱地址");
        }
        if (preferences.emailOptIn() && preferences.email() == null) {
            throw new PreferencesRefusedException("email", "选择接收邮件时须填写电子邮箱地址");
        }
        inbox.savePreferences(uscc.value(), preferences);
    }
}
