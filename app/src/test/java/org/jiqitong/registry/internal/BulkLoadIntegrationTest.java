package org.jiqitong.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The first-delivery bulk path on tables of its own: what it drops it makes again, and only on an empty table. */
class BulkLoadIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void tables() {
        jdbc.execute("CREATE TABLE bulk_parent (code text PRIMARY KEY)");
        jdbc.execute("INSERT INTO bulk_parent VALUES ('A'), ('B')");
        jdbc.execute("CREATE TABLE bulk_child (id int PRIMARY KEY, code text REFERENCES bulk_parent (code), name text)");
        jdbc.execute("CREATE INDEX bulk_child_name ON bulk_child (lower(name))");
        jdbc.execute("CREATE UNIQUE INDEX bulk_child_unique ON bulk_child (code, id)");
    }

    @AfterEach
    void drop() {
        jdbc.execute("DROP TABLE IF EXISTS bulk_child, bulk_parent");
    }

    private List<String> definitions() {
        return jdbc.queryForList("""
                SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'bulk_child'::regclass
                UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = 'bulk_child'::regclass ORDER BY 1""", String.class);
    }

    @Test
    void anEmptyTableLosesItsSecondaryIndexesAndForeignKeysForTheLoadAndGetsThemBack() {
        List<String> before = definitions();
        assertThat(before).hasSize(5);
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            BulkLoad bulk = BulkLoad.ifEmpty(jdbc, "bulk_child");
            assertThat(bulk.active()).isTrue();
            assertThat(definitions()).as("primary key and unique index kept, the others dropped").hasSize(3)
                    .noneMatch(d -> d.contains("bulk_child_name") || d.contains("FOREIGN KEY"));
            jdbc.update("INSERT INTO bulk_child SELECT i, 'A', 'n' || i FROM generate_series(1, 1000) i");
            bulk.restore(new PhaseTimer());
        });
        assertThat(definitions()).isEqualTo(before);
    }

    @Test
    void theRestoredForeignKeyStillRefusesAnUnknownParentAndTheFailedLoadLeavesTheTableAsItWas() {
        List<String> before = definitions();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            BulkLoad bulk = BulkLoad.ifEmpty(jdbc, "bulk_child");
            jdbc.update("INSERT INTO bulk_child VALUES (1, 'A', 'x'), (2, 'Z', 'y')");
            bulk.restore(new PhaseTimer());
        })).hasMessageContaining("bulk_child_code_fkey");
        assertThat(definitions()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bulk_child", Long.class)).isZero();
    }

    @Test
    void aTableThatHoldsRowsKeepsEverything() {
        jdbc.update("INSERT INTO bulk_child VALUES (1, 'A', 'x')");
        List<String> before = definitions();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            BulkLoad bulk = BulkLoad.ifEmpty(jdbc, "bulk_child");
            assertThat(bulk.active()).isFalse();
            assertThat(definitions()).isEqualTo(before);
            bulk.restore(new PhaseTimer());
        });
        assertThat(definitions()).isEqualTo(before);
    }
}
