package org.jiqitong.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.supervision.internal.Clocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 全程督办: the working-day calendar and the clocks. Other modules start, pause, resume and finish the clock of
 * each stage of their work; supervisors see what is nearly due or overdue, and urge.
 */
@Service
public class Supervision {

    private final Clocks clocks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Supervision(Clocks clocks, ApplicationEventPublisher events, Clock clock) {
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    public WorkingCalendar calendar() {
        return clocks.calendar();
    }

    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    public List<CalendarDay> calendarDays(int year) {
        return clocks.days(year);
    }

    /** ADMIN sets a day as a holiday or a make-up working day, or (kind null) back to the weekday rule. */
    @Transactional
    public void setCalendarDay(LocalDate day, WorkingCalendar.Kind kind, String name, CurrentUser admin) {
        if (!admin.is(Role.ADMIN)) {
            throw new SupervisionRefusedException("只有系统管理员可以修改工作日历");
        }
        if (kind != null && (name == null || name.isBlank() || name.strip().length() > 100)) {
            throw new SupervisionRefusedException("请填写节假日或调休的名称(不超过100字)");
        }
        clocks.setDay(day, kind, name == null ? null : name.strip(), admin.getUsername());
    }

    /**
     * Imports the State Council's notice typed up as CSV (date, kind, name): every row or none; each day replaces
     * what that day had. Returns how many days were stored.
     */
    @Transactional
    public int importCalendar(java.io.InputStream csv, CurrentUser admin) throws java.io.IOException {
        if (!admin.is(Role.ADMIN)) {
            throw new SupervisionRefusedException("只有系统管理员可以修改工作日历");
        }
        List<CalendarDay> days = org.jiqitong.supervision.internal.CalendarCsv.read(csv, admin.getUsername());
        for (CalendarDay d : days) {
            clocks.setDay(d.day(), d.kind(), d.name(), admin.getUsername());
        }
        return days.size();
    }

    /** The years whose official calendar is missing and matters today (see {@link #missingCalendarYears(LocalDate)}). */
    public List<Integer> missingCalendarYears() {
        return missingCalendarYears(today());
    }

    /**
     * The years without any holiday or make-up day entered, among those that matter on {@code day}: its own year,
     * and from 1 October the next one (the State Council publishes it in the autumn). Without them every clock
     * would count the holidays of those years as working days; nothing here invents official dates.
     */
    public List<Integer> missingCalendarYears(LocalDate day) {
        List<Integer> years = new java.util.ArrayList<>();
        if (!clocks.hasDays(day.getYear())) {
            years.add(day.getYear());
        }
        if (day.getMonthValue() >= 10 && !clocks.hasDays(day.getYear() + 1)) {
            years.add(day.getYear() + 1);
        }
        return years;
    }

    /** Starts the clock of a stage (once: starting it again returns the same clock). */
    @Transactional
    public long start(String subject, long subjectId, String stage, String departmentCode, String title, int slaDays,
            LocalDate startedOn) {
        LocalDate due = calendar().addWorkingDays(startedOn, slaDays);
        return clocks.start(subject, subjectId, stage, departmentCode, title, slaDays, startedOn, due);
    }

    /** Stops a clock while the work waits on the enterprise (补正). */
    @Transactional
    public void pause(String subject, long subjectId, String stage, LocalDate on) {
        clocks.pause(subject, subjectId, stage, on);
    }

    /** Restarts a paused clock; the due day moves by the working days it was paused. */
    @Transactional
    public void resume(String subject, long subjectId, String stage, LocalDate on) {
        clocks.find(subject, subjectId, stage).filter(c -> c.pausedSince() != null).ifPresent(c -> {
            int paused = calendar().workingDaysBetween(c.pausedSince(), on);
            clocks.resume(c.id(), calendar().addWorkingDays(c.dueOn(), paused));
        });
    }

    /** Moves a running clock to another department (a transfer keeps the clock; the handler changes). */
    @Transactional
    public void reassign(String subject, long subjectId, String stage, String departmentCode) {
        clocks.reassign(subject, subjectId, stage, departmentCode);
    }

    @Transactional
    public void finish(String subject, long subjectId, String stage) {
        clocks.finish(subject, subjectId, stage);
    }

    public Optional<ClockView> clock(String subject, long subjectId, String stage) {
        return clocks.find(subject, subjectId, stage);
    }

    public List<ClockView> clocksOf(String subject, long subjectId) {
        return clocks.of(subject, subjectId);
    }

    /** Open clocks: all of them for SUPERVISOR and ADMIN, a department's own for its staff. */
    public List<ClockView> open(CurrentUser viewer) {
        if (viewer.is(Role.SUPERVISOR) || viewer.is(Role.ADMIN)) {
            return clocks.open(null);
        }
        return viewer.departmentCode().map(clocks::open).orElse(List.of());
    }

    /** Escalates every clock past its due day that was not escalated yet; returns how many. */
    @Transactional
    public int escalateOverdue(LocalDate today) {
        List<ClockView> due = clocks.overdueNotEscalated(today);
        for (ClockView c : due) {
            clocks.escalated(c.id());
            events.publishEvent(new ClockEscalated(c.id(), c.subject(), c.subjectId(), c.stage(), c.departmentCode()));
        }
        return due.size();
    }

    /** 督办: a supervisor urges the handler of an open clock. */
    @Transactional
    public long urge(long clockId, String message, CurrentUser supervisor) {
        if (!supervisor.is(Role.SUPERVISOR)) {
            throw new SupervisionRefusedException("只有督办人员可以督办");
        }
        if (message == null || message.isBlank() || message.strip().length() > 2000) {
            throw new SupervisionRefusedException("请填写督办意见(不超过2000字)");
        }
        ClockView c = clocks.byId(clockId).orElseThrow(() -> new SupervisionRefusedException("没有这个计时"));
        if (c.finishedAt() != null) {
            throw new SupervisionRefusedException("该环节已办结,无需督办");
        }
        return clocks.urge(clockId, message.strip(), supervisor.getUsername());
    }

    public List<UrgeView> urges(String subject, long subjectId) {
        return clocks.urges(subject, subjectId);
    }
}
