package org.jiqitong.redemption.internal;

import org.jiqitong.matching.TakeUp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reach view's applied and paid counts, from the applications. */
@Component
class RedemptionTakeUp implements TakeUp {

    private final JdbcClient jdbc;

    RedemptionTakeUp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long applied(long itemId) {
        return jdbc.sql("SELECT count(*) FROM redemption_application WHERE item_id = ? AND status <> 'DRAFT'")
                .param(itemId).query(Long.class).single();
    }

    @Override
    public java.util.Map<Long, Counts> all() {
        java.util.Map<Long, Counts> all = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT item_id, count(*) FILTER (WHERE status <> 'DRAFT'), count(*) FILTER (WHERE status = 'PAID')
                FROM redemption_application GROUP BY item_id""")
                .query(rs -> {
                    all.put(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3)));
                });
        return all;
    }

    @Override
    public long paid(long itemId) {
        return jdbc.sql("SELECT count(*) FROM redemption_application WHERE item_id = ? AND status = 'PAID'")
                .param(itemId).query(Long.class).single();
    }
}
