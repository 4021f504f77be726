package org.jiqitong.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestClock;
import org.jiqitong.TestItems;
import org.jiqitong.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar ships 2025 and 2026 only: admins are warned while a year that matters has no official calendar, and
 * import the State Council's notice as CSV. (The days below are test data for a far year, not official dates.)
 */
class CalendarImportIntegrationTest extends IntegrationTest {

    private static final String PASSWORD = "jiqitong-demo";

    @Autowired
    Supervision supervision;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Issue 14.4: an edit made by another instance of the cluster (here: straight into the table) is seen within seconds. */
    @Test
    void anEditByAnotherInstanceReachesThisOneWithinSeconds() {
        LocalDate day = LocalDate.of(2093, 6, 3); // a Wednesday of a far year: a working day by the weekday rule
        assertThat(supervision.calendar().isWorkingDay(day)).isTrue();
        jdbc.sql("INSERT INTO supervision_calendar_day (day, kind, name, updated_by) VALUES (?, 'HOLIDAY', '测试假日', 'other')")
                .param(day).update();
        try {
            eventually("the other instance's holiday is seen", () -> !supervision.calendar().isWorkingDay(day));
        } finally {
            jdbc.sql("DELETE FROM supervision_calendar_day WHERE day = ?").param(day).update();
        }
        eventually("and its removal", () -> supervision.calendar().isWorkingDay(day));
    }

    @Test
    void theYearsThatMatterAreThisYearAndFromOctoberTheNext() {
        assertThat(supervision.missingCalendarYears(LocalDate.of(2026, 9, 30))).isEmpty();
        assertThat(supervision.missingCalendarYears(LocalDate.of(2026, 10, 1))).containsExactly(2027);
        assertThat(supervision.missingCalendarYears(LocalDate.of(2027, 1, 4))).containsExactly(2027);
        assertThat(supervision.missingCalendarYears(LocalDate.of(2097, 12, 31))).containsExactly(2097, 2098);
    }

    @Test
    void supervisorsAndAdminsAreWarnedWhileNextYearsCalendarIsMissing() {
        assertThat(TestClock.TODAY.getMonthValue()).as("the test day is after 1 October").isGreaterThanOrEqualTo(10);
        Http supervisor = Http.anonymous(port);
        supervisor.formLogin("supervisor", PASSWORD);
        assertThat(supervisor.get("/supervision").body()).contains("id=\"calendar-missing\"",
                "2027 年的法定节假日与调休安排尚未录入");
        Http admin = Http.anonymous(port);
        admin.formLogin("admin", PASSWORD);
        assertThat(admin.get("/admin/calendar").body()).contains("id=\"calendar-missing\"", "2027 年", "calendar-import-form");
    }

    @Test
    void anAdministratorImportsANoticeAsCsvAndClocksFollowIt() {
        Http admin = Http.anonymous(port);
        admin.formLogin("admin", PASSWORD);
        String csrf = admin.csrfToken("/admin/calendar");
        LocalDate monday = LocalDate.of(2099, 1, 5);
        assertThat(supervision.calendar().isWorkingDay(monday)).isTrue();
        String csv = "\uFEFFdate,kind,name\r\n2099-01-05,放假,测试假日\r\n2099-01-03,调休上班,测试调休\r\n2099-01-06,HOLIDAY,测试假日\r\n";
        var response = admin.postMultipart("/admin/calendar/import", "2099.csv", csv, "x", csrf);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/calendar?year=2099").body()).contains("已导入 3 天的安排", "测试调休");
        assertThat(supervision.calendar().isWorkingDay(monday)).isFalse();
        assertThat(supervision.calendar().isWorkingDay(LocalDate.of(2099, 1, 3))).as("a Saturday made a working day").isTrue();
        assertThat(supervision.calendarDays(2099)).allSatisfy(d -> assertThat(d.updatedBy()).isEqualTo("admin"));
        assertThat(supervision.missingCalendarYears(LocalDate.of(2098, 10, 1))).containsExactly(2098);
    }

    @Test
    void aFileWithOneBadRowStoresNothingAndNamesEveryBadRow() {
        var admin = TestItems.staff("admin", Role.ADMIN, null);
        String csv = "date,kind,name\n2096-05-01,放假,测试假日\n2096-05-02,休假,测试假日\n2096-05-04,调休上班,测试调休\n"
                + "2096-13-01,放假,测试假日\n2096-05-01,放假,测试假日\n";
        assertThatThrownBy(() -> supervision.importCalendar(in(csv), admin))
                .isInstanceOfSatisfying(CalendarImportRefusedException.class, e -> assertThat(e.errors()).containsExactly(
                        "第 3 行 kind 列:“休假”不是可用的类型;可用:放假(HOLIDAY)、调休上班(WORKDAY)",
                        "第 4 行:2096-05-04 是工作日(周五),调休上班日只能是周六或周日",
                        "第 5 行 date 列:“2096-13-01”不是日期,应如 2027-10-01",
                        "第 6 行 date 列:2096-05-01 在文件中重复出现"));
        assertThat(supervision.calendarDays(2096)).isEmpty();

        assertThatThrownBy(() -> supervision.importCalendar(in("day,kind\n2096-05-01,放假\n"), admin))
                .hasMessageContaining("第 1 行应为表头 date,kind,name");
        byte[] gbk = "date,kind,name\n2096-05-01,放假,劳动节\n".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> supervision.importCalendar(new ByteArrayInputStream(gbk), admin))
                .hasMessageContaining("不是 UTF-8 编码(可能是 GBK)");
        assertThatThrownBy(() -> supervision.importCalendar(in("date,kind,name\n2096-05-01,放假,测试假日\n"),
                TestItems.staff("supervisor", Role.SUPERVISOR, null))).hasMessageContaining("只有系统管理员");
        assertThat(supervision.calendarDays(2096)).isEmpty();
    }

    private static ByteArrayInputStream in(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
