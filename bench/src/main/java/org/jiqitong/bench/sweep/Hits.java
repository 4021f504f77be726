package org.jiqitong.bench.sweep;

import org.roaringbitmap.RoaringBitmap;

/** Where the Drools rules write: the eligible entities of each item. */
public final class Hits {

    private final RoaringBitmap[] eligible;

    Hits(int items) {
        eligible = new RoaringBitmap[items];
        for (int i = 0; i < items; i++) {
            eligible[i] = new RoaringBitmap();
        }
    }

    public void add(int item, int id) {
        eligible[item].add(id);
    }

    RoaringBitmap eligible(int item) {
        return eligible[item];
    }
}
