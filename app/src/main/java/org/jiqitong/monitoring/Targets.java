package org.jiqitong.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.monitoring.internal.TargetStore;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.ChinaTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed's quantitative targets (实施意见 5: 2,000 qualified enterprises; 十条措施 七: talent housing) and any an
 * administrator records: each with a measure, a due day and a data source, and where it stands today.
 */
@Service
public class Targets {

    public static final String QUALIFIED_ENTITIES = "QUALIFIED_ENTITIES";
    public static final String RECORDED = "RECORDED";

    private final TargetStore store;
    private final Registry registry;
    private final java.time.Clock clock;

    Targets(TargetStore store, Registry registry, java.time.Clock clock) {
        this.store = store;
        this.registry = registry;
        this.clock = clock;
    }

    public List<Target> all() {
        LocalDate today = ChinaTime.today(clock);
        return store.all().stream().map(r -> progress(r, today)).toList();
    }

    Target progress(TargetStore.Row r, LocalDate today) {
        Long current;
        LocalDate asOf;
        if (QUALIFIED_ENTITIES.equals(r.measure())) {
            current = registry.holders(Dashboards.SEED_QUALIFICATIONS, today);
            asOf = today;
        } else {
            var reading = store.latest(r.id());
            current = reading.map(TargetStore.Reading::value).orElse(null);
            asOf = reading.map(TargetStore.Reading::asOf).orElse(null);
        }
        boolean due = today.isAfter(r.dueOn());
        long span = ChronoUnit.DAYS.between(r.startOn(), r.dueOn());
        long elapsed = Math.max(0, Math.min(span, ChronoUnit.DAYS.between(r.startOn(), today)));
        long expected = due ? r.target() : r.target() * elapsed / span;
        Boolean onTrack = current == null ? null : current >= expected;
        return new Target(r.id(), r.name(), r.measure(), r.target(), r.unit(), r.startOn(), r.dueOn(), r.source(), current,
                asOf, current == null ? null : current / (double) r.target(), expected, onTrack, due);
    }

    /** ADMIN records a target; each bad value refused by its field, nothing stored. */
    @Transactional
    public long record(String name, String measure, Long target, String unit, LocalDate start, LocalDate due, String source,
            CurrentUser admin) {
        requireAdmin(admin);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("名称:请填写,不超过200字");
        }
        if (!QUALIFIED_ENTITIES.equals(measure) && !RECORDED.equals(measure)) {
            throw new IllegalArgumentException("衡量方式:应为“市场主体库资质数”或“按来源录入”");
        }
        if (target == null || target <= 0) {
            throw new IllegalArgumentException("目标值:应为正整数");
        }
        if (unit == null || unit.isBlank() || unit.length() > 20) {
            throw new IllegalArgumentException("单位:请填写,如 家、套");
        }
        if (start == null || due == null || !due.isAfter(start)) {
            throw new IllegalArgumentException("期限:截止日期应晚于起始日期");
        }
        if (source == null || source.isBlank() || source.length() > 300) {
            throw new IllegalArgumentException("数据来源:请填写,不超过300字");
        }
        return store.insert(name.strip(), measure, target, unit.strip(), start, due, source.strip(), admin.getUsername());
    }

    /** ADMIN records the value a source reported on a day (a later reading of the same day corrects it). */
    @Transactional
    public void reading(long id, LocalDate asOf, Long value, CurrentUser admin) {
        requireAdmin(admin);
        if (!store.exists(id)) {
            throw new MonitoringNotFoundException();
        }
        if (asOf == null || asOf.isAfter(ChinaTime.today(clock))) {
            throw new IllegalArgumentException("日期:不能晚于今天");
        }
        if (value == null || value < 0) {
            throw new IllegalArgumentException("数值:应为不小于0的整数");
        }
        store.reading(id, asOf, value, admin.getUsername());
    }

    private static void requireAdmin(CurrentUser u) {
        if (!u.is(Role.ADMIN)) {
            throw new MonitoringNotFoundException();
        }
    }
}
