package org.jiqitong.rules.formula;

import java.util.List;

/** An item's amount for one entity in fen: known (perhaps capped), unknown for want of facts, or failed. */
public record Amount(Long fen, boolean capped, List<String> missing, String failure) {

    public Amount {
        missing = List.copyOf(missing);
    }

    static Amount known(long fen, boolean capped) {
        return new Amount(fen, capped, List.of(), null);
    }

    static Amount unknown(List<String> missing) {
        return new Amount(null, false, missing, null);
    }

    static Amount failed(String failure) {
        return new Amount(null, false, List.of(), failure);
    }

    public boolean known() {
        return fen != null;
    }
}
