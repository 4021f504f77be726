package org.jiqitong.resources;

import java.time.Instant;

/**
 * One booking of a shared facility guarding its lifecycle: requested (it holds the slot at once), approved or refused
 * by the facility's department, cancelled by the enterprise before it starts. Every other step is refused with the
 * reason. That two live bookings never overlap is the database's (an exclusion constraint). No Spring: {@code BookingTest}.
 */
public final class Booking {

    /** A step taken: from and to, and the action's code. */
    public record Changed(long id, BookingStatus from, BookingStatus to, String action, int expectedVersion) {
    }

    private final long id;
    private final BookingStatus status;
    private final Instant start;
    private final int version;

    public Booking(long id, BookingStatus status, Instant start, int version) {
        this.id = id;
        this.status = status;
        this.start = start;
        this.version = version;
    }

    public Changed approve() {
        return step(BookingStatus.REQUESTED, BookingStatus.APPROVED, "APPROVE", "只有待确认的预约可以同意");
    }

    public Changed refuse(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ResourcesRefusedException("请写明不同意预约的理由");
        }
        return step(BookingStatus.REQUESTED, BookingStatus.REFUSED, "REFUSE", "只有待确认的预约可以不同意");
    }

    /** The enterprise withdraws a live booking before its slot begins. */
    public Changed cancel(Instant now) {
        if (!status.live()) {
            throw new ResourcesRefusedException("该预约已" + status.labelZh() + ",不能取消");
        }
        if (!now.isBefore(start)) {
            throw new ResourcesRefusedException("预约时段已经开始,不能取消");
        }
        return new Changed(id, status, BookingStatus.CANCELLED, "CANCEL", version);
    }

    private Changed step(BookingStatus from, BookingStatus to, String action, String refusal) {
        if (status != from) {
            throw new ResourcesRefusedException(refusal + "(当前:" + status.labelZh() + ")");
        }
        return new Changed(id, from, to, action, version);
    }
}
