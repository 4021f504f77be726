package org.jiqitong.resources.internal;

import org.jiqitong.redemption.ActingOnBehalf;
import org.springframework.stereotype.Component;

/** Tells the application module whether a commissioner serves an enterprise and may act for it now. */
@Component
class CommissionerAuthority implements ActingOnBehalf {

    private final CommissionerStore store;

    CommissionerAuthority(CommissionerStore store) {
        this.store = store;
    }

    @Override
    public boolean assigned(String commissioner, String uscc) {
        return store.assigned(commissioner, uscc);
    }

    @Override
    public boolean authorised(String commissioner, String uscc) {
        return store.assigned(commissioner, uscc) && store.authorised(commissioner, uscc);
    }
}
