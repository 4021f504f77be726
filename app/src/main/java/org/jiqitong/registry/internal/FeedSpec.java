package org.jiqitong.registry.internal;

import org.jiqitong.registry.Feed;

/**
 * What differs between the feeds: how a row is read and checked, how it is staged, its key within a file,
 * and how the staged rows are merged into the registry. SQL here is constant text with bound parameters.
 */
interface FeedSpec {

    Feed feed();

    /** DDL of the TEMP staging table {@code stage}; its first column is {@code row_no}. */
    String stagingTable();

    /** Number of staged values after row_no. */
    int stagedWidth();

    /** Reads and checks one row, putting the staged values or the errors on it. */
    void read(StagedRow row);

    /** Rows whose key repeats an earlier row of the same file: (row_no, first_row). */
    String duplicatesSql();

    String duplicateMessage();

    /** Whether each row must name an entity already in the registry. */
    boolean needsKnownEntity();

    /** Rows the registry's own rules refuse once staged, as (row_no, column, message); null when there are none. */
    default String refusedSql() {
        return null;
    }

    /**
     * Merges {@code stage} into the registry: inserts new keys, updates only rows whose values differ (the
     * import's advisory lock makes the NOT EXISTS safe), and lists the entities touched in {@code changed}.
     * One parameter: the run id.
     */
    String mergeSql();

    /** The table the merge writes (a constant name: analysed after a large delivery, bulk-loaded when empty). */
    String target();
}
