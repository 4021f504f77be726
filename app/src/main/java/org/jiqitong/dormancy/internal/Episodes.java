package org.jiqitong.dormancy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiqitong.dormancy.DormancyRules;
import org.jiqitong.dormancy.DormancyStatus;
import org.jiqitong.dormancy.DormancyTerms;
import org.jiqitong.dormancy.Episode;
import org.jiqitong.dormancy.EpisodeView;
import org.jiqitong.dormancy.NewDormancy;
import org.jiqitong.dormancy.PublicDormancy;
import org.jiqitong.shared.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dormancy tables. A status changes by compare-and-set on the status it came from, so two clicks cannot both win. */
@Component
public class Episodes {

    private static final String COLUMNS = """
            SELECT d.id, d.uscc, e.name, d.receipt_no, d.status, d.start_on, d.end_on, d.ended_on, d.service_address,
                   d.contact, d.reason, d.decision_note, d.created_at
            FROM dormancy_episode d JOIN registry_entity e ON e.uscc = d.uscc""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Episodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public DormancyRules rules() {
        return jdbc.sql("""
                SELECT version, episode_years, cumulative_days, extension_window_days, exclude_listed, excluded_types,
                       excluded_flags FROM dormancy_rules ORDER BY version DESC LIMIT 1""")
                .query((rs, i) -> new DormancyRules(rs.getInt(1), new DormancyTerms(rs.getInt(2),
                        (Integer) rs.getObject(3), rs.getInt(4)), rs.getBoolean(5),
                        List.of((String[]) rs.getArray(6).getArray()), List.of((String[]) rs.getArray(7).getArray())))
                .single();
    }

    /** A new version of the rule set (the earlier ones stay: each episode names the version it was decided under). */
    public int saveRules(DormancyRules r, String by) {
        return jdbc.sql("""
                INSERT INTO dormancy_rules (episode_years, cumulative_days, extension_window_days, exclude_listed,
                                            excluded_types, excluded_flags, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING version""")
                .params(r.terms().episodeYears(), r.terms().cumulativeDays(), r.terms().extensionWindowDays(),
                        r.excludeListed(), r.excludedTypes().toArray(String[]::new), r.excludedFlags().toArray(String[]::new),
                        by, OffsetDateTime.now(clock))
                .query(Integer.class).single();
    }

    public long insert(String uscc, NewDormancy d, int rulesVersion, String by) {
        String receipt = "JQTD" + org.jiqitong.shared.ChinaTime.today(clock).getYear()
                + String.format("%06d", jdbc.sql("SELECT nextval('dormancy_receipt_seq')").query(Long.class).single());
        return jdbc.sql("""
                INSERT INTO dormancy_episode (uscc, receipt_no, status, start_on, end_on, service_address, contact, reason,
                                              rules_version, applied_by, created_at)
                VALUES (?, ?, 'APPLIED', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(uscc, receipt, d.start(), d.end(), d.serviceAddress().strip(), d.contact().strip(),
                        d.reason().strip(), rulesVersion, by, OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    public Optional<EpisodeView> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE d.id = ?").param(id).query(Episodes::view).optional();
    }

    public List<EpisodeView> ofEntity(String uscc) {
        return jdbc.sql(COLUMNS + " WHERE d.uscc = ? ORDER BY d.start_on DESC, d.id DESC").param(uscc)
                .query(Episodes::view).list();
    }

    public List<EpisodeView> withStatus(DormancyStatus status) {
        return jdbc.sql(COLUMNS + " WHERE d.status = ? ORDER BY d.created_at, d.id LIMIT 500").param(status.name())
                .query(Episodes::view).list();
    }

    public Episode aggregate(EpisodeView v) {
        return new Episode(v.id(), v.status(), v.start(), v.end(), v.endedOn());
    }

    /** Writes the aggregate's state if the episode is still in {@code from}; false when it moved on meanwhile. */
    public boolean save(Episode e, DormancyStatus from, LocalDate endedOn, String note) {
        return jdbc.sql("""
                UPDATE dormancy_episode SET status = ?, end_on = ?, ended_on = ?, decision_note = coalesce(?, decision_note)
                WHERE id = ? AND status = ?""")
                .params(e.status().name(), e.end(), endedOn, note, e.id(), from.name()).update() == 1;
    }

    public void event(long id, String action, String note, String actor) {
        jdbc.sql("INSERT INTO dormancy_event (episode_id, action, note, actor, at) VALUES (?, ?, ?, ?, ?)")
                .params(id, action, note, actor, OffsetDateTime.now(clock)).update();
    }

    /** Registered episodes, for the public list: name, USCC, term, service address. */
    public Page<PublicDormancy> registered(LocalDate today, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM dormancy_episode WHERE status = 'REGISTERED' AND end_on >= ?")
                .param(today).query(Long.class).single();
        List<PublicDormancy> items = jdbc.sql("""
                SELECT e.name, d.uscc, d.start_on, d.end_on, d.service_address FROM dormancy_episode d
                JOIN registry_entity e ON e.uscc = d.uscc WHERE d.status = 'REGISTERED' AND d.end_on >= ?
                ORDER BY d.start_on DESC, d.id DESC LIMIT ? OFFSET ?""").params(today, size, (long) page * size)
                .query((rs, i) -> new PublicDormancy(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        return new Page<>(items, total, page, size);
    }

    /** Registered episodes whose term ended before {@code today}. */
    public List<EpisodeView> endedBefore(LocalDate today) {
        return jdbc.sql(COLUMNS + " WHERE d.status = 'REGISTERED' AND d.end_on < ? ORDER BY d.id LIMIT 1000")
                .param(today).query(Episodes::view).list();
    }

    /** Registered episodes ending exactly {@code day}. */
    public List<EpisodeView> ending(LocalDate day) {
        return jdbc.sql(COLUMNS + " WHERE d.status = 'REGISTERED' AND d.end_on = ? ORDER BY d.id").param(day)
                .query(Episodes::view).list();
    }

    /** Registered episodes covering {@code today} (their entities must be 休眠 in the registry). */
    public List<EpisodeView> covering(LocalDate today) {
        return jdbc.sql(COLUMNS + " WHERE d.status = 'REGISTERED' AND d.start_on <= ? AND d.end_on >= ? ORDER BY d.id")
                .params(today, today).query(Episodes::view).list();
    }

    private static EpisodeView view(ResultSet rs, int i) throws SQLException {
        return new EpisodeView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                DormancyStatus.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getObject(13, OffsetDateTime.class));
    }

    /** Dormancies registered, by the month their term began, in [from, to): month "YYYY-MM" → count. */
    public java.util.Map<String, Long> startedByMonth(LocalDate from, LocalDate to) {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT to_char(start_on, 'YYYY-MM'), count(*) FROM dormancy_episode
                WHERE start_on >= ? AND start_on < ? AND status NOT IN ('APPLIED','REFUSED') GROUP BY 1 ORDER BY 1""")
                .params(from, to).query((rs, i) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }
}
