package org.jiqitong.matching.internal;

import java.time.OffsetDateTime;
import org.jiqitong.rules.eval.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Run in its own JVM with a small heap by {@link ChangeLogHeapTest}: records {@code count} verdict changes through the
 * real {@link ChangeLog} in one transaction, counts them inside it, and rolls back. Prints
 * {@code recorded=N bulk=true|false stored=N}.
 */
public final class ChangeLogHeapCheck {

    private ChangeLogHeapCheck() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String user = args[1];
        int count = Integer.parseInt(args[2]);
        long item = -System.nanoTime();
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        var dataSource = new SingleConnectionDataSource(url, user, password, true);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        String out = tx.execute(status -> {
            ChangeLog log = new ChangeLog(jdbc, dataSource, "HEAP_CHECK", OffsetDateTime.now());
            for (int i = 0; i < count; i++) {
                log.add(new ResultStore.Change(i, String.format("91370100M%08dX", i), item, 1L, null,
                        i % 3 == 0 ? Verdict.UNDETERMINED : Verdict.ELIGIBLE));
            }
            ChangeLog.Recorded recorded = log.finish();
            long stored = jdbc.sql("SELECT count(*) FROM matching_change WHERE item_id = ?").param(item)
                    .query(Long.class).single();
            status.setRollbackOnly();
            return "recorded=" + recorded.count() + " bulk=" + recorded.bulk() + " stored=" + stored
                    + " maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024);
        });
        System.out.println(out);
        dataSource.destroy();
    }
}
