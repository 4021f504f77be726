package org.jiqitong.bench.sweep;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jiqitong.rules.condition.Rule;

/**
 * DuckDB as a peer of the sweep: the city in one in-memory table of the same columns the other peers read (code sets
 * as {@code VARCHAR[]}), and each item's condition as the SQL the {@link Translator} writes. One query scans the table
 * once and computes, for every item, how many entities meet it and the sum of their ids (the check against ours).
 */
final class DuckDbPeer implements AutoCloseable {

    private final Connection connection;
    private final String sweep;
    private final int items;

    DuckDbPeer(List<Rule> rules, LocalDate asOf) throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        Translator t = new Translator(Translator.SQL, asOf);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < rules.size(); i++) {
            String met = t.met(rules.get(i));
            sql.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(met).append("), ")
                    .append("sum(id) FILTER (WHERE ").append(met).append(')');
        }
        sweep = sql.append(" FROM firm").toString();
        items = rules.size();
    }

    /** Loads the city (not timed as part of the sweep); returns the seconds it took. */
    double load(City city) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            s.execute("CREATE TABLE firm (id BIGINT, industry VARCHAR, district VARCHAR, functional_zone VARCHAR, "
                    + "entity_type VARCHAR, status VARCHAR, size_class VARCHAR, listed BOOLEAN, " + String.join(" BIGINT, ",
                    Peers.INTS) + " BIGINT, qualifications VARCHAR[], credit_flags VARCHAR[])");
        }
        try (DuckDBAppender a = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                "firm")) {
            for (int id = 0; id < city.size; id++) {
                Firm f = Peers.firm(city, id);
                a.beginRow();
                a.append((long) id);
                text(a, f.getIndustry());
                text(a, f.getDistrict());
                text(a, f.getFunctionalZone());
                text(a, f.getEntityType());
                text(a, f.getStatus());
                text(a, f.getSizeClass());
                a.append(f.isListed());
                a.append(f.getEstablishedOn());
                number(a, f.getRegisteredCapital());
                number(a, f.getEmployeesLast());
                number(a, f.getRevenueLast());
                number(a, f.getTotalAssetsLast());
                number(a, f.getTaxLast());
                number(a, f.getRndLast());
                number(a, f.getEmployeesLatest());
                number(a, f.getRevenueLatest());
                number(a, f.getTotalAssetsLatest());
                number(a, f.getTaxLatest());
                number(a, f.getRndLatest());
                a.append(List.copyOf(f.getQualifications()));
                a.append(List.copyOf(f.getCreditFlags()));
                a.endRow();
            }
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static void text(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    private static void number(DuckDBAppender a, Long v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.longValue());
        }
    }

    /** One sweep: per item, {count of entities meeting it, sum of their ids}. */
    long[][] sweep() throws SQLException {
        long[][] out = new long[items][2];
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sweep)) {
            rs.next();
            for (int i = 0; i < items; i++) {
                out[i][0] = ((Number) rs.getObject(2 * i + 1)).longValue();
                Object sum = rs.getObject(2 * i + 2);
                out[i][1] = sum == null ? 0 : ((Number) sum).longValue();
            }
        }
        return out;
    }

    /** DuckDB's own account of the memory it holds (the table and its buffers). */
    long memoryBytes() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT sum(memory_usage_bytes) FROM duckdb_memory()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
