package org.jiqitong.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The marks of rows behind the registry, through a transaction's end as Spring signals it (no Spring context). */
class StaleRowsTest {

    private static final String A = "91370102MA3C00001X";
    private static final String B = "91370102MA3C00002X";

    private final StaleRows stale = new StaleRows();

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    /** Marks {@code keys} in a transaction and ends it (committed or rolled back) as the transaction manager would. */
    private void inTransaction(boolean commit, String... keys) {
        TransactionSynchronizationManager.initSynchronization();
        for (String key : keys) {
            stale.mark(key);
        }
        assertThat(stale.stale(keys[0])).as("marked while the transaction is open").isTrue();
        List<TransactionSynchronization> ending = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        if (commit) {
            ending.forEach(TransactionSynchronization::afterCommit);
        }
        ending.forEach(s -> s.afterCompletion(commit ? TransactionSynchronization.STATUS_COMMITTED
                : TransactionSynchronization.STATUS_ROLLED_BACK));
    }

    @Test
    void aCommittedChangeStaysMarkedUntilItsRowIsReadAgainAfterTheCommit() {
        long before = stale.now();
        inTransaction(true, A);
        assertThat(stale.stale(A)).isTrue();
        assertThat(stale.stale(B)).isFalse();
        stale.reread(A, before);
        assertThat(stale.stale(A)).as("read before the commit: still behind").isTrue();
        stale.reread(A, stale.now());
        assertThat(stale.stale(A)).isFalse();
    }

    @Test
    void aRolledBackChangeLeavesNoMark() {
        inTransaction(false, A);
        assertThat(stale.stale(A)).isFalse();
    }

    @Test
    void aRowReadWhileAnotherChangeIsOpenStaysMarked() {
        inTransaction(true, A);
        TransactionSynchronizationManager.initSynchronization();
        stale.mark(A); // a second delivery of A, not committed yet
        var open = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        stale.reread(A, stale.now());
        assertThat(stale.stale(A)).as("the open delivery is not in the row read").isTrue();
        open.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        assertThat(stale.stale(A)).as("the first delivery's commit not yet covered by a read").isTrue();
        stale.reread(A, stale.now());
        assertThat(stale.stale(A)).isFalse();
    }

    @Test
    void aBulkDeliveryMarksEveryRowUntilAPopulationIsReadAfterIt() {
        long before = stale.now();
        inTransaction(true, StaleRows.ALL);
        assertThat(stale.stale(A)).isTrue();
        assertThat(stale.stale(B)).isTrue();
        stale.reread(A, stale.now());
        assertThat(stale.stale(A)).as("one row read again does not cover a bulk delivery").isTrue();
        stale.reloaded(before);
        assertThat(stale.stale(B)).as("a population read before the commit").isTrue();
        stale.reloaded(stale.now());
        assertThat(stale.stale(A)).isFalse();
        assertThat(stale.stale(B)).isFalse();
    }

    @Test
    void aChangeWithoutATransactionCountsAsCommitted() {
        long before = stale.now();
        stale.mark(A);
        assertThat(stale.stale(A)).isTrue();
        stale.reread(A, before);
        assertThat(stale.stale(A)).isTrue();
        stale.reread(A, stale.now());
        assertThat(stale.stale(A)).isFalse();
    }
}
