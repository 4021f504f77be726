package org.jiqitong.resources.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 服务专员: assignments, the enterprises' authorisations, visits with their follow-ups, and the module's audit. */
@Component
public class CommissionerStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    CommissionerStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Assignment(String uscc, String commissioner, String basis, String assignedBy, OffsetDateTime at) {
    }

    /** Assigns (or reassigns) an enterprise; returns whether anything changed. */
    public boolean assign(String uscc, String commissioner, String basis, String by) {
        return jdbc.sql("""
                INSERT INTO resources_assignment (uscc, commissioner, basis, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (uscc) DO UPDATE SET commissioner = EXCLUDED.commissioner, basis = EXCLUDED.basis,
                    assigned_by = EXCLUDED.assigned_by, assigned_at = EXCLUDED.assigned_at
                WHERE resources_assignment.commissioner <> EXCLUDED.commissioner""")
                .params(uscc, commissioner, basis, by, now()).update() == 1;
    }

    /** Assigns every enterprise not yet assigned to anyone, in one statement; returns how many were assigned. */
    public int assignUnassigned(List<String> usccs, String commissioner, String basis, String by) {
        return jdbc.sql("""
                INSERT INTO resources_assignment (uscc, commissioner, basis, assigned_by, assigned_at)
                SELECT u, ?, ?, ?, ? FROM unnest(CAST(? AS text[])) AS u ON CONFLICT (uscc) DO NOTHING""")
                .params(commissioner, basis, by, now(), usccs.toArray(String[]::new)).update();
    }

    public boolean unassign(String uscc) {
        return jdbc.sql("DELETE FROM resources_assignment WHERE uscc = ?").param(uscc).update() == 1;
    }

    public Optional<Assignment> assignment(String uscc) {
        return jdbc.sql("SELECT uscc, commissioner, basis, assigned_by, assigned_at FROM resources_assignment WHERE uscc = ?")
                .param(uscc).query((rs, i) -> new Assignment(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class))).optional();
    }

    public List<Assignment> assignedTo(String commissioner) {
        return jdbc.sql("""
                SELECT uscc, commissioner, basis, assigned_by, assigned_at FROM resources_assignment
                WHERE commissioner = ? ORDER BY assigned_at DESC, uscc LIMIT 1000""").param(commissioner)
                .query((rs, i) -> new Assignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class))).list();
    }

    public List<Assignment> all(int limit) {
        return jdbc.sql("""
                SELECT uscc, commissioner, basis, assigned_by, assigned_at FROM resources_assignment
                ORDER BY assigned_at DESC, uscc LIMIT ?""").param(limit)
                .query((rs, i) -> new Assignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class))).list();
    }

    public boolean assigned(String commissioner, String uscc) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM resources_assignment WHERE commissioner = ? AND uscc = ?)")
                .params(commissioner, uscc).query(Boolean.class).single();
    }

    // ---------------------------------------------------------------- authorisations (代办)

    public record Authorisation(long id, String uscc, String commissioner, String grantedBy, OffsetDateTime grantedAt,
            OffsetDateTime until, OffsetDateTime revokedAt) {
        public boolean liveAt(OffsetDateTime t) {
            return revokedAt == null && until.isAfter(t);
        }
    }

    public long authorise(String uscc, String commissioner, OffsetDateTime until, String by) {
        return jdbc.sql("""
                INSERT INTO resources_authorisation (uscc, commissioner, granted_by, granted_at, until)
                VALUES (?, ?, ?, ?, ?) RETURNING id""").params(uscc, commissioner, by, now(), until)
                .query(Long.class).single();
    }

    public boolean revoke(long id, String uscc) {
        return jdbc.sql("""
                UPDATE resources_authorisation SET revoked_at = ? WHERE id = ? AND uscc = ? AND revoked_at IS NULL""")
                .params(now(), id, uscc).update() == 1;
    }

    public List<Authorisation> authorisations(String uscc) {
        return jdbc.sql("""
                SELECT id, uscc, commissioner, granted_by, granted_at, until, revoked_at FROM resources_authorisation
                WHERE uscc = ? ORDER BY id DESC LIMIT 50""").param(uscc)
                .query((rs, i) -> new Authorisation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class))).list();
    }

    /** Whether the enterprise's authorisation for this commissioner is live now (taken with a share lock in a step). */
    public boolean authorised(String commissioner, String uscc) {
        return jdbc.sql("""
                SELECT id FROM resources_authorisation WHERE commissioner = ? AND uscc = ?
                    AND revoked_at IS NULL AND until > ? LIMIT 1 FOR SHARE""").params(commissioner, uscc, now())
                .query(Long.class).optional().isPresent();
    }

    // ---------------------------------------------------------------- visits

    public record Visit(long id, String uscc, String commissioner, LocalDate visitedOn, String topics, String notes,
            List<FollowUp> followUps) {
    }

    public record FollowUp(long id, String what, LocalDate dueOn, OffsetDateTime doneAt) {
    }

    public long visit(String uscc, String commissioner, LocalDate on, String topics, String notes) {
        return jdbc.sql("""
                INSERT INTO resources_visit (uscc, commissioner, visited_on, topics, notes, created_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""").params(uscc, commissioner, on, topics, notes, now())
                .query(Long.class).single();
    }

    public void followUp(long visitId, String what, LocalDate due) {
        jdbc.sql("INSERT INTO resources_follow_up (visit_id, what, due_on) VALUES (?, ?, ?)").params(visitId, what, due)
                .update();
    }

    public boolean done(long followUpId, String uscc) {
        return jdbc.sql("""
                UPDATE resources_follow_up f SET done_at = ? FROM resources_visit v
                WHERE f.id = ? AND f.visit_id = v.id AND v.uscc = ? AND f.done_at IS NULL""")
                .params(now(), followUpId, uscc).update() == 1;
    }

    public List<Visit> visits(String uscc) {
        List<Visit> visits = jdbc.sql("""
                SELECT id, uscc, commissioner, visited_on, topics, notes FROM resources_visit WHERE uscc = ?
                ORDER BY visited_on DESC, id DESC LIMIT 100""").param(uscc)
                .query((rs, i) -> new Visit(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), List.of())).list();
        return visits.stream().map(v -> new Visit(v.id(), v.uscc(), v.commissioner(), v.visitedOn(), v.topics(),
                v.notes(), jdbc.sql("SELECT id, what, due_on, done_at FROM resources_follow_up WHERE visit_id = ? ORDER BY id")
                        .param(v.id()).query((rs, i) -> new FollowUp(rs.getLong(1), rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getObject(4, OffsetDateTime.class))).list()))
                .toList();
    }

    // ---------------------------------------------------------------- audit

    public void audit(String subject, Long subjectId, String uscc, String action, String actor, String detail) {
        jdbc.sql("""
                INSERT INTO resources_audit (subject, subject_id, uscc, action, actor, detail, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(subject, subjectId, uscc, action, actor, detail, now()).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
