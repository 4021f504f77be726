package org.jiqitong.resources;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.EntityProfile;
import org.jiqitong.registry.Registry;
import org.jiqitong.resources.internal.BookingStore;
import org.jiqitong.resources.internal.CommissionerStore;
import org.jiqitong.rules.eval.Evaluation;
import org.jiqitong.rules.eval.Outcome;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Uscc;
import org.jiqitong.supervision.Supervision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 共享设施 (实施意见 6): an enterprise books a slot of a facility on a working day within its opening hours; the request
 * holds the slot at once (the database refuses an overlapping one: of concurrent requests exactly one wins), and the
 * facility's department approves or refuses it. Times are Beijing time.
 */
@Service
public class Bookings {

    /** How far ahead a slot may be booked. */
    static final int DAYS_AHEAD = 90;

    private final BookingStore store;
    private final Resources resources;
    private final Registry registry;
    private final Supervision supervision;
    private final CommissionerStore audit;
    private final Clock clock;

    Bookings(BookingStore store, Resources resources, Registry registry, Supervision supervision,
            CommissionerStore audit, Clock clock) {
        this.store = store;
        this.resources = resources;
        this.registry = registry;
        this.supervision = supervision;
        this.audit = audit;
        this.clock = clock;
    }

    /** The free slots of a facility on a day: none on a day off, none already begun, none overlapping a live booking. */
    public List<Slot> slots(long resourceId, LocalDate day) {
        ResourceView r = facility(resourceId);
        List<Slot> free = new ArrayList<>();
        if (day == null || !supervision.calendar().isWorkingDay(day)) {
            return free;
        }
        Instant open = at(day, r.terms().openFrom());
        Instant close = at(day, r.terms().openTo());
        List<BookingStore.Row> taken = store.live(resourceId, open, close);
        Duration step = Duration.ofMinutes(r.terms().slotMinutes());
        Instant now = clock.instant();
        for (Instant s = open; !s.plus(step).isAfter(close); s = s.plus(step)) {
            Instant start = s;
            Instant end = s.plus(step);
            boolean clash = taken.stream().anyMatch(b -> b.start().toInstant().isBefore(end) && start.isBefore(b.end().toInstant()));
            if (!clash && start.isAfter(now)) {
                free.add(new Slot(OffsetDateTime.ofInstant(start, ChinaTime.ZONE), OffsetDateTime.ofInstant(end, ChinaTime.ZONE)));
            }
        }
        return free;
    }

    /** The enterprise requests [start, end); refused with the reason, or as taken when it overlaps a live booking. */
    @Transactional
    public BookingView book(long resourceId, OffsetDateTime start, OffsetDateTime end, String purpose, CurrentUser me) {
        String uscc = Needs.enterprise(me);
        ResourceView r = facility(resourceId);
        if (start == null || end == null) {
            throw new ResourcesRefusedException("请填写预约的开始和结束时间");
        }
        if (!start.isBefore(end)) {
            throw new ResourcesRefusedException("结束时间应晚于开始时间");
        }
        LocalDateTime from = start.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
        LocalDateTime to = end.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
        if (!from.toLocalDate().equals(to.toLocalDate()) && !to.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            throw new ResourcesRefusedException("一次预约应在同一天之内");
        }
        LocalDate day = from.toLocalDate();
        if (!start.toInstant().isAfter(clock.instant())) {
            throw new ResourcesRefusedException("只能预约尚未开始的时段");
        }
        if (day.isAfter(ChinaTime.today(clock).plusDays(DAYS_AHEAD))) {
            throw new ResourcesRefusedException("最多可预约" + DAYS_AHEAD + "天之内的时段");
        }
        if (!supervision.calendar().isWorkingDay(day)) {
            throw new ResourcesRefusedException(day + " 不是工作日,设施不开放");
        }
        if (from.toLocalTime().isBefore(r.terms().openFrom()) || to.toLocalDate().isAfter(day)
                || to.toLocalTime().isAfter(r.terms().openTo())) {
            throw new ResourcesRefusedException("超出开放时间(北京时间 " + r.terms().openFrom() + "–" + r.terms().openTo() + ")");
        }
        if (Duration.between(from, to).toMinutes() < 15) {
            throw new ResourcesRefusedException("一次预约至少15分钟");
        }
        Evaluation e = resources.eligibility(r, resources.facts(new Uscc(uscc)).orElseThrow(ResourceNotFoundException::new));
        if (e.verdict() == Verdict.INELIGIBLE) {
            throw new ResourcesRefusedException("不符合该设施的使用条件:" + String.join(";", e.explanations().stream()
                    .filter(x -> x.outcome() == Outcome.FAILED).map(x -> x.wording() + "(实际:" + x.actual() + ")").toList()));
        }
        String why = purpose == null || purpose.isBlank() ? "预约使用" : purpose.strip();
        if (why.length() > 500) {
            throw new ResourcesRefusedException("用途说明不能超过500字");
        }
        long id = store.insert(resourceId, uscc, start.toInstant(), end.toInstant(), why, me.getUsername());
        audit.audit("BOOKING", id, uscc, "REQUEST", me.getUsername(), r.title() + " " + start + "–" + end);
        return view(store.find(id).orElseThrow());
    }

    @Transactional
    public BookingView approve(long id, CurrentUser staff) {
        BookingStore.Row b = owned(id, staff);
        store.save(b.aggregate().approve(), staff.getUsername(), null);
        audit.audit("BOOKING", id, b.uscc(), "APPROVE", staff.getUsername(), null);
        return view(store.find(id).orElseThrow());
    }

    @Transactional
    public BookingView refuse(long id, String reason, CurrentUser staff) {
        BookingStore.Row b = owned(id, staff);
        store.save(b.aggregate().refuse(reason), staff.getUsername(), reason.strip());
        audit.audit("BOOKING", id, b.uscc(), "REFUSE", staff.getUsername(), reason.strip());
        return view(store.find(id).orElseThrow());
    }

    @Transactional
    public BookingView cancel(long id, CurrentUser me) {
        String uscc = Needs.enterprise(me);
        BookingStore.Row b = store.find(id).filter(x -> x.uscc().equals(uscc)).orElseThrow(ResourceNotFoundException::new);
        store.save(b.aggregate().cancel(clock.instant()), me.getUsername(), null);
        audit.audit("BOOKING", id, uscc, "CANCEL", me.getUsername(), null);
        return view(store.find(id).orElseThrow());
    }

    public List<BookingView> mine(CurrentUser me) {
        return store.ofEnterprise(Needs.enterprise(me)).stream().map(this::view).toList();
    }

    public List<BookingView> ofDepartment(CurrentUser staff) {
        return store.ofDepartment(Resources.staffDepartment(staff)).stream().map(this::view).toList();
    }

    private BookingStore.Row owned(long id, CurrentUser staff) {
        String department = Resources.staffDepartment(staff);
        if (!staff.is(Role.POLICY_OFFICER) && !staff.is(Role.REVIEWER)) {
            throw new ResourceNotFoundException();
        }
        BookingStore.Row b = store.find(id).orElseThrow(ResourceNotFoundException::new);
        if (!resources.get(b.resourceId(), staff).departmentCode().equals(department)) {
            throw new ResourceNotFoundException();
        }
        return b;
    }

    private ResourceView facility(long resourceId) {
        ResourceView r = resources.get(resourceId, null);
        if (r.kind() != ResourceKind.FACILITY) {
            throw new ResourcesRefusedException("该资源不是共享设施,不能按时段预约");
        }
        return r;
    }

    private static Instant at(LocalDate day, java.time.LocalTime t) {
        return ZonedDateTime.of(day, t, ChinaTime.ZONE).toInstant();
    }

    private BookingView view(BookingStore.Row b) {
        String name = registry.profile(new Uscc(b.uscc())).map(EntityProfile::name).orElse(b.uscc());
        return new BookingView(b.id(), b.resourceId(), b.resourceTitle(), b.uscc(), name,
                b.start().atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(),
                b.end().atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(), b.purpose(), b.status(), b.reason(),
                b.createdAt().atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime());
    }
}
