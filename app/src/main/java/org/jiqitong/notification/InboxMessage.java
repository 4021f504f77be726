package org.jiqitong.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One message in an enterprise's inbox; {@code reasons} are the conditions it meets, one line each. */
public record InboxMessage(long id, Long itemId, String title, String body, List<String> reasons, Long amountFen,
        LocalDate deadline, OffsetDateTime createdAt, OffsetDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
