package org.jiqitong.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A booking's lifecycle, every allowed and refused step, without Spring. */
class BookingTest {

    private static final Instant START = Instant.parse("2026-12-02T02:00:00Z");
    private static final Instant BEFORE = START.minusSeconds(60);

    private static Booking in(BookingStatus s) {
        return new Booking(5, s, START, 1);
    }

    @Test
    void aRequestIsApprovedRefusedWithAReasonOrCancelledBeforeItStarts() {
        assertThat(in(BookingStatus.REQUESTED).approve())
                .isEqualTo(new Booking.Changed(5, BookingStatus.REQUESTED, BookingStatus.APPROVED, "APPROVE", 1));
        assertThat(in(BookingStatus.REQUESTED).refuse("设备检修").to()).isEqualTo(BookingStatus.REFUSED);
        assertThatThrownBy(() -> in(BookingStatus.REQUESTED).refuse(" ")).hasMessageContaining("请写明不同意预约的理由");
        assertThat(in(BookingStatus.REQUESTED).cancel(BEFORE).to()).isEqualTo(BookingStatus.CANCELLED);
        assertThatThrownBy(() -> in(BookingStatus.REQUESTED).cancel(START)).hasMessageContaining("已经开始");
    }

    @Test
    void anApprovedOneIsOnlyCancelledBeforeItStarts() {
        assertThat(in(BookingStatus.APPROVED).cancel(BEFORE).to()).isEqualTo(BookingStatus.CANCELLED);
        assertThatThrownBy(() -> in(BookingStatus.APPROVED).cancel(START.plusSeconds(1))).hasMessageContaining("已经开始");
        assertThatThrownBy(() -> in(BookingStatus.APPROVED).approve()).hasMessageContaining("只有待确认的预约可以同意");
        assertThatThrownBy(() -> in(BookingStatus.APPROVED).refuse("x")).hasMessageContaining("只有待确认的预约可以不同意");
    }

    @Test
    void refusedAndCancelledOnesAreFinal() {
        for (BookingStatus s : new BookingStatus[] {BookingStatus.REFUSED, BookingStatus.CANCELLED}) {
            assertThatThrownBy(() -> in(s).approve()).isInstanceOf(ResourcesRefusedException.class);
            assertThatThrownBy(() -> in(s).refuse("x")).isInstanceOf(ResourcesRefusedException.class);
            assertThatThrownBy(() -> in(s).cancel(BEFORE)).hasMessageContaining("不能取消");
            assertThat(s.live()).isFalse();
        }
        assertThat(BookingStatus.REQUESTED.live()).isTrue();
        assertThat(BookingStatus.APPROVED.live()).isTrue();
    }
}
