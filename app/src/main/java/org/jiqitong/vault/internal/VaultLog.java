package org.jiqitong.vault.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only log in the database: the exact bytes of every entry, and the hash of every complete aligned subtree
 * (written as an append completes it), so a root or a proof of any size reads O(log n) hashes in one query. An
 * append takes the head's row lock (one writer in the cluster at a time) and is part of the caller's transaction:
 * what it records and its entry commit together or not at all.
 */
@Component
public class VaultLog {

    /** An entry as served: its index and the exact bytes hashed. */
    public record Entry(long index, byte[] leafInput) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LogHash configured;

    VaultLog(JdbcClient jdbc, Clock clock, @Value("${jiqitong.vault.log-hash:SHA256}") LogHash configured) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configured = configured;
    }

    /** The log's hash: fixed by its first entry (a log never changes its hash); before that, the setting's. */
    public LogHash hash() {
        return jdbc.sql("SELECT hash FROM vault_log_head WHERE id = 1").query(String.class).optional()
                .map(LogHash::valueOf).orElse(configured);
    }

    /** Appends one entry inside the caller's transaction; returns its index. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long append(byte[] entry) {
        return appendAll(List.of(entry)).get(0);
    }

    /** Appends entries in order inside the caller's transaction; returns their indexes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> appendAll(List<byte[]> entries) {
        jdbc.sql("INSERT INTO vault_log_head (id, size, hash) VALUES (1, 0, ?) ON CONFLICT (id) DO NOTHING")
                .param(configured.name()).update();
        Head head = jdbc.sql("SELECT size, hash FROM vault_log_head WHERE id = 1 FOR UPDATE")
                .query((rs, i) -> new Head(rs.getLong(1), LogHash.valueOf(rs.getString(2)))).single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, byte[]> written = new HashMap<>();
        List<Object[]> nodes = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        long n = head.size();
        // the left siblings the appends will need, read at once (those not written by this very batch)
        Map<String, byte[]> siblings = read(leftSiblings(n, entries.size()));
        for (byte[] entry : entries) {
            rows.add(new Object[] {n, entry, now});
            byte[] h = head.hash().leaf(entry);
            nodes.add(new Object[] {0, n, h});
            written.put(key(0, n), h);
            long index = n;
            for (int level = 1; level <= MerkleTree.completed(n); level++) {
                index >>= 1;
                byte[] left = written.getOrDefault(key(level - 1, 2 * index), siblings.get(key(level - 1, 2 * index)));
                h = head.hash().node(left, h);
                nodes.add(new Object[] {level, index, h});
                written.put(key(level, index), h);
            }
            indexes.add(n);
            n++;
        }
        jdbc.sql("UPDATE vault_log_head SET size = ? WHERE id = 1").param(n).update();
        batch("INSERT INTO vault_log_entry (idx, leaf_input, at) VALUES (?, ?, ?)", rows);
        batch("INSERT INTO vault_log_node (level, idx, hash) VALUES (?, ?, ?)", nodes);
        return indexes;
    }

    private record Head(long size, LogHash hash) {
    }

    private record NodeKey(int level, long index) {
    }

    /** The left siblings outside the batch that appending {@code count} leaves after {@code size} combines with. */
    private static Set<NodeKey> leftSiblings(long size, int count) {
        Set<NodeKey> keys = new LinkedHashSet<>();
        for (long n = size; n < size + count; n++) {
            long index = n;
            for (int level = 1; level <= MerkleTree.completed(n); level++) {
                index >>= 1;
                long leftStart = (2 * index) << (level - 1);
                if (leftStart < size) {
                    keys.add(new NodeKey(level - 1, 2 * index));
                }
            }
        }
        return keys;
    }

    /** The current size (committed). */
    public long size() {
        return jdbc.sql("SELECT size FROM vault_log_head WHERE id = 1").query(Long.class).optional().orElse(0L);
    }

    /**
     * A proof or root computed with its nodes fetched in one query: the computation runs once to learn which nodes
     * it needs (on placeholders), then again on the stored hashes.
     */
    public <T> T withNodes(java.util.function.Function<MerkleTree, T> computation) {
        LogHash hash = hash();
        Set<NodeKey> needed = new LinkedHashSet<>();
        byte[] placeholder = new byte[32];
        computation.apply(new MerkleTree(hash, (level, index) -> {
            needed.add(new NodeKey(level, index));
            return placeholder;
        }));
        Map<String, byte[]> stored = read(needed);
        return computation.apply(new MerkleTree(hash, (level, index) -> {
            byte[] h = stored.get(key(level, index));
            if (h == null) {
                throw new IllegalStateException("the log has no node " + level + "/" + index);
            }
            return h;
        }));
    }

    /** Entries [start, end), at most 1,000. */
    public List<Entry> entries(long start, long end) {
        return jdbc.sql("SELECT idx, leaf_input FROM vault_log_entry WHERE idx >= ? AND idx < ? ORDER BY idx LIMIT 1000")
                .params(start, end).query((rs, i) -> new Entry(rs.getLong(1), rs.getBytes(2))).list();
    }

    private Map<String, byte[]> read(Set<NodeKey> keys) {
        Map<String, byte[]> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        Integer[] levels = keys.stream().map(NodeKey::level).toArray(Integer[]::new);
        Long[] indexes = keys.stream().map(NodeKey::index).toArray(Long[]::new);
        jdbc.sql("""
                SELECT n.level, n.idx, n.hash FROM vault_log_node n
                JOIN unnest(CAST(? AS smallint[]), CAST(? AS bigint[])) AS k(level, idx) ON n.level = k.level AND n.idx = k.idx""")
                .params(levels, indexes)
                .query(rs -> {
                    out.put(key(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
                });
        return out;
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            jdbc.sql(sql.replace("VALUES (?, ?, ?)", "VALUES " + String.join(", ",
                    java.util.Collections.nCopies(chunk.size(), "(?, ?, ?)"))))
                    .params(chunk.stream().flatMap(java.util.Arrays::stream).toList()).update();
        }
    }

    private static String key(long level, long index) {
        return level + "/" + index;
    }
}
