package org.jiqitong.registry.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk path of a first delivery (PostgreSQL's "Populating a Database"): when the table a feed writes is empty,
 * its secondary (non-unique) indexes and its foreign keys are dropped before the merge and made again after it, in
 * the import's transaction — one index build and one set-based foreign-key check instead of millions of index
 * insertions and per-row trigger checks. Primary keys and unique indexes stay (the merge and other tables' foreign
 * keys rely on them). Every row check of the import runs as before; a failed delivery rolls the drops back with
 * everything else. The drops lock the empty table until the commit, which only delays readers of a table that
 * had nothing to show.
 */
final class BulkLoad {

    private record Restore(String name, String drop, String create) {
    }

    private final JdbcTemplate jdbc;
    private final List<Restore> restores;

    private BulkLoad(JdbcTemplate jdbc, List<Restore> restores) {
        this.jdbc = jdbc;
        this.restores = restores;
    }

    /** Drops the table's secondary indexes and foreign keys if it holds no row; otherwise does nothing. */
    static BulkLoad ifEmpty(JdbcTemplate jdbc, String table) {
        Boolean empty = jdbc.queryForObject("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")", Boolean.class);
        if (!Boolean.TRUE.equals(empty)) {
            return new BulkLoad(jdbc, List.of());
        }
        List<Restore> restores = new java.util.ArrayList<>();
        restores.addAll(jdbc.query("""
                SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', c.conrelid::regclass::text, c.conname),
                       format('ALTER TABLE %I ADD CONSTRAINT %I ', c.conrelid::regclass::text, c.conname)
                           || pg_get_constraintdef(c.oid), c.conname
                FROM pg_constraint c WHERE c.conrelid = ?::regclass AND c.contype = 'f' ORDER BY c.conname""",
                (rs, i) -> new Restore(rs.getString(3), rs.getString(1), rs.getString(2)), table));
        restores.addAll(jdbc.query("""
                SELECT format('DROP INDEX %I.%I', n.nspname, ic.relname), pg_get_indexdef(i.indexrelid), ic.relname
                FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
                WHERE i.indrelid = ?::regclass AND NOT i.indisunique AND NOT i.indisprimary ORDER BY ic.relname""",
                (rs, i) -> new Restore(rs.getString(3), rs.getString(1), rs.getString(2)), table));
        restores.forEach(r -> jdbc.execute(r.drop()));
        return new BulkLoad(jdbc, restores);
    }

    boolean active() {
        return !restores.isEmpty();
    }

    /** Builds the dropped indexes again and re-adds the foreign keys (each checked over the whole table at once). */
    void restore(PhaseTimer timer) {
        if (restores.isEmpty()) {
            return;
        }
        jdbc.execute("SET LOCAL maintenance_work_mem = '256MB'");
        timer.lap("merge (bulk)");
        for (Restore r : restores) {
            jdbc.execute(r.create());
            timer.lap(r.name());
        }
    }
}
