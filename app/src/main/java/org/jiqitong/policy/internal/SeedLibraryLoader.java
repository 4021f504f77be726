package org.jiqitong.policy.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the seed library in one transaction: all of it or, if any item fails its checks, none. */
@Component
public class SeedLibraryLoader {

    private final SeedLibrary seed;

    SeedLibraryLoader(SeedLibrary seed) {
        this.seed = seed;
    }

    @Transactional
    public int loadIfEmpty() {
        return seed.empty() ? seed.load() : 0;
    }
}
