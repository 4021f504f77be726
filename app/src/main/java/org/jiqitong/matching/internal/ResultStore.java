package org.jiqitong.matching.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.matching.EligibilityChanged;
import org.jiqitong.matching.ItemReach;
import org.jiqitong.matching.ReachOnDay;
import org.jiqitong.rules.eval.Verdict;
import org.roaringbitmap.RoaringBitmap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The matching tables: each item's verdict bitmaps, the change log, and the daily counts. */
@Component
public class ResultStore {

    /** One item's verdicts over the registry. */
    public record Stored(long versionId, RoaringBitmap eligible, RoaringBitmap undetermined) {

        Verdict verdict(int id) {
            return eligible.contains(id) ? Verdict.ELIGIBLE
                    : undetermined.contains(id) ? Verdict.UNDETERMINED : Verdict.INELIGIBLE;
        }

        /** These verdicts with one entity's verdict replaced (new bitmaps: a stored value never changes). */
        Stored with(int id, Verdict verdict, long newVersionId) {
            RoaringBitmap e = eligible.clone();
            RoaringBitmap u = undetermined.clone();
            e.remove(id);
            u.remove(id);
            if (verdict == Verdict.ELIGIBLE) {
                e.add(id);
            } else if (verdict == Verdict.UNDETERMINED) {
                u.add(id);
            }
            return new Stored(newVersionId, e, u);
        }
    }

    /** A change about to be recorded. */
    record Change(int entityId, String uscc, long itemId, long versionId, Verdict oldVerdict, Verdict newVerdict) {
    }

    private final JdbcClient jdbc;

    private final java.time.Clock clock;
    private final javax.sql.DataSource dataSource;

    ResultStore(JdbcClient jdbc, java.time.Clock clock, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    /** The generation of the stored results, locked until the caller's transaction ends (one commit at a time). */
    long lockGeneration() {
        return jdbc.sql("SELECT value FROM matching_generation WHERE id = 1 FOR UPDATE").query(Long.class).single();
    }

    /** The generation of the stored results as committed (no lock: a reader following the writers). */
    long generation() {
        return jdbc.sql("SELECT value FROM matching_generation WHERE id = 1").query(Long.class).single();
    }

    void setGeneration(long value) {
        jdbc.sql("UPDATE matching_generation SET value = ? WHERE id = 1").param(value).update();
    }

    /** Keeps an item's verdicts from before a publish until its changes are recorded (empty: it had none). */
    void savePending(long itemId, Stored before, String cause) {
        jdbc.sql("""
                INSERT INTO matching_pending_diff (item_id, before_version_id, before_eligible, before_undetermined, cause)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (item_id) DO NOTHING""")
                .params(itemId, before == null ? null : before.versionId(), before == null ? null : write(before.eligible()),
                        before == null ? null : write(before.undetermined()), cause).update();
    }

    /** The verdicts from before publishes whose changes were not recorded (a crash came between), by item. */
    Map<Long, java.util.Optional<Stored>> pending() {
        Map<Long, java.util.Optional<Stored>> all = new HashMap<>();
        jdbc.sql("SELECT item_id, before_version_id, before_eligible, before_undetermined FROM matching_pending_diff")
                .query(rs -> {
                    long version = rs.getLong(2);
                    boolean none = rs.wasNull(); // a new item: it had no verdicts before
                    all.put(rs.getLong(1), none ? java.util.Optional.empty()
                            : java.util.Optional.of(new Stored(version, read(rs.getBytes(3)), read(rs.getBytes(4)))));
                });
        return all;
    }

    /** Whether there was one to delete (false: another instance recorded the changes meanwhile). */
    boolean deletePending(long itemId) {
        return jdbc.sql("DELETE FROM matching_pending_diff WHERE item_id = ?").param(itemId).update() == 1;
    }

    /** When each item's stored verdicts were last written (cheap: no bitmaps), to reload only what changed. */
    Map<Long, java.time.OffsetDateTime> stamps() {
        Map<Long, java.time.OffsetDateTime> all = new HashMap<>();
        jdbc.sql("SELECT item_id, updated_at FROM matching_result")
                .query(rs -> {
                    all.put(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class));
                });
        return all;
    }

    /** The stored verdicts of these items. */
    Map<Long, Stored> load(java.util.Collection<Long> itemIds) {
        Map<Long, Stored> some = new HashMap<>();
        if (itemIds.isEmpty()) {
            return some;
        }
        jdbc.sql("SELECT item_id, version_id, eligible, undetermined FROM matching_result WHERE item_id = ANY(?)")
                .param(itemIds.toArray(Long[]::new))
                .query(rs -> {
                    some.put(rs.getLong(1), new Stored(rs.getLong(2), read(rs.getBytes(3)), read(rs.getBytes(4))));
                });
        return some;
    }

    Map<Long, Stored> loadAll() {
        Map<Long, Stored> all = new HashMap<>();
        jdbc.sql("SELECT item_id, version_id, eligible, undetermined FROM matching_result")
                .query(rs -> {
                    all.put(rs.getLong(1), new Stored(rs.getLong(2), read(rs.getBytes(3)), read(rs.getBytes(4))));
                });
        return all;
    }

    void save(long itemId, Stored s, LocalDate asOf) {
        jdbc.sql("""
                INSERT INTO matching_result (item_id, version_id, eligible, undetermined, eligible_count,
                                             undetermined_count, as_of, updated_at)
                VALUES (:item, :version, :eligible, :undetermined, :ec, :uc, :asOf, now())
                ON CONFLICT (item_id) DO UPDATE SET version_id = excluded.version_id, eligible = excluded.eligible,
                    undetermined = excluded.undetermined, eligible_count = excluded.eligible_count,
                    undetermined_count = excluded.undetermined_count, as_of = excluded.as_of, updated_at = now()""")
                .param("item", itemId).param("version", s.versionId()).param("eligible", write(s.eligible()))
                .param("undetermined", write(s.undetermined())).param("ec", s.eligible().getCardinality())
                .param("uc", s.undetermined().getCardinality()).param("asOf", asOf).update();
        jdbc.sql("""
                INSERT INTO matching_count (item_id, day, eligible, undetermined) VALUES (?, ?, ?, ?)
                ON CONFLICT (item_id, day) DO UPDATE SET eligible = excluded.eligible, undetermined = excluded.undetermined""")
                .params(itemId, asOf, s.eligible().getCardinality(), s.undetermined().getCardinality()).update();
    }

    void delete(long itemId, LocalDate asOf) {
        jdbc.sql("DELETE FROM matching_result WHERE item_id = ?").param(itemId).update();
        jdbc.sql("""
                INSERT INTO matching_count (item_id, day, eligible, undetermined) VALUES (?, ?, 0, 0)
                ON CONFLICT (item_id, day) DO UPDATE SET eligible = 0, undetermined = 0""").params(itemId, asOf).update();
    }

    /** A log that records changes as they are found, in the caller's transaction (see {@link ChangeLog}). */
    ChangeLog log(String cause) {
        return new ChangeLog(jdbc, dataSource, cause, java.time.OffsetDateTime.now(clock));
    }

    public List<EligibilityChanged> changes(long fromId, long toId, int limit) {
        return jdbc.sql("""
                SELECT id, uscc, item_id, version_id, old_verdict, new_verdict, cause FROM matching_change
                WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?""").params(fromId, toId, limit)
                .query((rs, i) -> new EligibilityChanged(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5) == null ? null : Verdict.valueOf(rs.getString(5)),
                        Verdict.valueOf(rs.getString(6)), rs.getString(7)))
                .list();
    }

    /** When each entity last became eligible for the item (absent for those eligible since the baseline). */
    public Map<String, java.time.OffsetDateTime> eligibleSince(long itemId) {
        Map<String, java.time.OffsetDateTime> since = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (uscc) uscc, changed_at FROM matching_change
                WHERE item_id = ? AND new_verdict = 'ELIGIBLE' ORDER BY uscc, id DESC""").param(itemId)
                .query(rs -> {
                    since.put(rs.getString(1), rs.getObject(2, java.time.OffsetDateTime.class));
                });
        return since;
    }

    public java.util.Optional<ItemReach> reach(long itemId) {
        return jdbc.sql("""
                SELECT item_id, version_id, eligible_count, undetermined_count, as_of FROM matching_result
                WHERE item_id = ?""").param(itemId)
                .query((rs, i) -> new ItemReach(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                        rs.getObject(5, LocalDate.class)))
                .optional();
    }

    /** Every item's counts in one read. */
    public Map<Long, ItemReach> reachAll() {
        Map<Long, ItemReach> all = new HashMap<>();
        jdbc.sql("SELECT item_id, version_id, eligible_count, undetermined_count, as_of FROM matching_result")
                .query(rs -> {
                    all.put(rs.getLong(1), new ItemReach(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                            rs.getObject(5, LocalDate.class)));
                });
        return all;
    }

    public List<ReachOnDay> history(long itemId) {
        return jdbc.sql("SELECT day, eligible, undetermined FROM matching_count WHERE item_id = ? ORDER BY day")
                .param(itemId)
                .query((rs, i) -> new ReachOnDay(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3))).list();
    }

    private static byte[] write(RoaringBitmap bitmap) {
        bitmap.runOptimize();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(bitmap.serializedSizeInBytes());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            bitmap.serialize(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static RoaringBitmap read(byte[] bytes) {
        RoaringBitmap bitmap = new RoaringBitmap();
        try {
            bitmap.deserialize(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bitmap;
    }
}
