package org.jiqitong.rules.columnar;

import org.roaringbitmap.RoaringBitmap;

/** Three values for every row at once: the rows met, the rows unknown; the rest failed. */
record Tri(RoaringBitmap met, RoaringBitmap unknown) {

    RoaringBitmap failed(RoaringBitmap all) {
        return RoaringBitmap.andNot(RoaringBitmap.andNot(all, met), unknown);
    }

    /** all: failed if any part failed; met if every part met; else unknown. */
    static Tri all(Iterable<Tri> parts, RoaringBitmap universe) {
        RoaringBitmap met = universe.clone();
        RoaringBitmap failed = new RoaringBitmap();
        for (Tri t : parts) {
            met.and(t.met());
            failed.or(t.failed(universe));
        }
        return new Tri(met, RoaringBitmap.andNot(RoaringBitmap.andNot(universe, met), failed));
    }

    /** any: met if any part met; failed if every part failed; else unknown. */
    static Tri any(Iterable<Tri> parts, RoaringBitmap universe) {
        RoaringBitmap met = new RoaringBitmap();
        RoaringBitmap failed = universe.clone();
        for (Tri t : parts) {
            met.or(t.met());
            failed.and(t.failed(universe));
        }
        return new Tri(met, RoaringBitmap.andNot(RoaringBitmap.andNot(universe, met), failed));
    }

    /** not: met and failed swap; unknown stays. */
    Tri not(RoaringBitmap universe) {
        return new Tri(failed(universe), unknown);
    }
}
