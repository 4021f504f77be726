package org.jiqitong.matching;

/**
 * How many applied for an item and how many were paid, for the department's reach view. Implemented by the module
 * that handles applications (so matching does not depend on it); absent, the view shows "—".
 */
public interface TakeUp {

    /** Applications submitted for the item (drafts not counted). */
    long applied(long itemId);

    /** Applications paid for the item. */
    long paid(long itemId);

    /** Applied and paid of one item. */
    record Counts(long applied, long paid) {
    }

    /** Applied and paid of every item with any application, in one read (the list of all items). */
    java.util.Map<Long, Counts> all();
}
