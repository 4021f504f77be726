package org.jiqitong.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One message in an enterprise's inbox; {@code reasons} are the conditions it meets, one line each. A
 * {@code noApplication} message is about a 免申即享 grant: its deadline is for confirming the account, not for applying.
 */
public record InboxMessage(long id, Long itemId, String title, String body, List<String> reasons, Long amountFen,
        LocalDate deadline, OffsetDateTime createdAt, OffsetDateTime readAt, boolean noApplication, String titleEn,
        String bodyEn) {

    /** The title in the reader's language: English where the platform wrote one. */
    public String title(boolean english) {
        return english && titleEn != null ? titleEn : title;
    }

    public String body(boolean english) {
        return english && bodyEn != null ? bodyEn : body;
    }

    public boolean unread() {
        return readAt == null;
    }
}
