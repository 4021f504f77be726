package org.jiqitong.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SLA clocks on the shipped 2026 calendar (Spring Festival and National Day with their 调休 days). */
class ClocksIntegrationTest extends IntegrationTest {

    @Autowired
    Supervision supervision;

    private static long subject() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    @Test
    void theShipped2026CalendarKnowsTheSpringFestivalAndItsMakeUpSaturdays() {
        WorkingCalendar c = supervision.calendar();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Sat 14 Feb, 调休上班").isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Mon 16 Feb, 春节").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Mon 23 Feb, 春节").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 2, 28))).as("Sat 28 Feb, 调休上班").isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 1, 4))).as("Sun 4 Jan, 调休上班").isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 10, 8))).as("2025 国庆、中秋").isFalse();
    }

    @Test
    void aFiveDayLimitStartedBeforeTheSpringFestivalEndsAfterIt() {
        long id = subject();
        // Thu 12 Feb + 5: Fri 13, Sat 14 (调休), [15–23 春节], Tue 24, Wed 25, Thu 26
        supervision.start("TEST", id, "TEST", "IIT", "春节测试", 5, LocalDate.of(2026, 2, 12));
        assertThat(supervision.clock("TEST", id, "TEST").orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 2, 26));
        // starting it again keeps the first clock
        supervision.start("TEST", id, "TEST", "IIT", "春节测试", 9, LocalDate.of(2026, 3, 1));
        assertThat(supervision.clock("TEST", id, "TEST").orElseThrow().slaDays()).isEqualTo(5);
    }

    @Test
    void aLimitAcrossNationalDayCountsTheMakeUpSundayAndSaturday() {
        long id = subject();
        // Fri 18 Sep + 3: Sun 20 (调休), Mon 21, Tue 22
        supervision.start("TEST", id, "TEST", "IIT", "国庆测试", 3, LocalDate.of(2026, 9, 18));
        assertThat(supervision.clock("TEST", id, "TEST").orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 9, 22));
        long other = subject();
        // Wed 30 Sep + 3: [1–7 Oct 国庆], Thu 8, Fri 9, Sat 10 (调休)
        supervision.start("TEST", other, "TEST", "IIT", "国庆测试", 3, LocalDate.of(2026, 9, 30));
        assertThat(supervision.clock("TEST", other, "TEST").orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void aPauseForSupplementMovesTheDueDayByTheWorkingDaysPaused() {
        long id = subject();
        supervision.start("TEST", id, "TEST", "IIT", "补正测试", 5, LocalDate.of(2026, 2, 10)); // due Tue 24 Feb
        assertThat(supervision.clock("TEST", id, "TEST").orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 2, 24));
        supervision.pause("TEST", id, "TEST", LocalDate.of(2026, 2, 12));
        assertThat(supervision.clock("TEST", id, "TEST").orElseThrow().state(LocalDate.of(2026, 3, 30), supervision.calendar()))
                .isEqualTo(ClockView.State.PAUSED);
        // paused Thu 12 → resumed Wed 25: Fri 13, Sat 14, Tue 24, Wed 25 = 4 working days; Tue 24 + 4: Wed 25,
        // Thu 26, Fri 27, Sat 28 (调休上班)
        supervision.resume("TEST", id, "TEST", LocalDate.of(2026, 2, 25));
        assertThat(supervision.clock("TEST", id, "TEST").orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void overdueWorkIsEscalatedOnceAndASupervisorUrgesWithAMessageTheHandlerSees() {
        long id = subject();
        supervision.start("TEST", id, "TEST", "IIT", "超期测试", 2, LocalDate.of(2026, 11, 2)); // due Wed 4 Nov
        ClockView c = supervision.clock("TEST", id, "TEST").orElseThrow();
        assertThat(c.state(LocalDate.of(2026, 11, 3), supervision.calendar())).isEqualTo(ClockView.State.NEARLY_DUE);
        assertThat(c.state(LocalDate.of(2026, 11, 5), supervision.calendar())).isEqualTo(ClockView.State.OVERDUE);
        assertThat(supervision.escalateOverdue(LocalDate.of(2026, 11, 5))).isPositive();
        assertThat(supervision.clock("TEST", id, "TEST").orElseThrow().escalatedAt()).isNotNull();
        assertThat(supervision.escalateOverdue(LocalDate.of(2026, 11, 5))).isZero();

        assertThatThrownBy(() -> supervision.urge(c.id(), "请尽快办理", TestItems.staff("reviewer", Role.REVIEWER, "IIT")))
                .hasMessageContaining("只有督办人员");
        supervision.urge(c.id(), "已超期,请于两个工作日内办结", TestItems.staff("supervisor", Role.SUPERVISOR, null));
        assertThat(supervision.urges("TEST", id)).singleElement()
                .satisfies(u -> assertThat(u.message()).isEqualTo("已超期,请于两个工作日内办结"));

        Http supervisor = Http.anonymous(port);
        supervisor.formLogin("supervisor", "jiqitong-demo");
        String page = supervisor.get("/supervision").body();
        assertThat(page).contains("超期测试", "已超期", "已上报督办");
        Http reviewer = Http.anonymous(port);
        reviewer.formLogin("reviewer", "jiqitong-demo");
        assertThat(reviewer.get("/supervision").body()).contains("超期测试", "已超期,请于两个工作日内办结");
        assertThat(reviewer.get("/admin/calendar").statusCode()).isEqualTo(403);
        supervision.finish("TEST", id, "TEST");
        assertThatThrownBy(() -> supervision.urge(c.id(), "再催", TestItems.staff("supervisor", Role.SUPERVISOR, null)))
                .hasMessageContaining("已办结");
    }

    @Test
    void anAdministratorEditsTheCalendarAndDeadlinesFollow() {
        LocalDate day = LocalDate.of(2031, 3, 5); // a Wednesday (a year no other test enters)
        assertThat(supervision.calendar().isWorkingDay(day)).isTrue();
        supervision.setCalendarDay(day, WorkingCalendar.Kind.HOLIDAY, "测试假日", TestItems.staff("admin", Role.ADMIN, null));
        assertThat(supervision.calendar().isWorkingDay(day)).isFalse();
        assertThat(supervision.calendarDays(2031)).anySatisfy(d -> assertThat(d.name()).isEqualTo("测试假日"));
        assertThatThrownBy(() -> supervision.setCalendarDay(day, WorkingCalendar.Kind.HOLIDAY, " ",
                TestItems.staff("admin", Role.ADMIN, null))).hasMessageContaining("名称");
        supervision.setCalendarDay(day, null, null, TestItems.staff("admin", Role.ADMIN, null));
        assertThat(supervision.calendar().isWorkingDay(day)).isTrue();
    }
}
