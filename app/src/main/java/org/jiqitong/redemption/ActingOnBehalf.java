package org.jiqitong.redemption;

/**
 * Who may act for an enterprise (代办): implemented by the module that keeps commissioners and the enterprises'
 * authorisations (so redemption does not depend on it). Absent, nobody may.
 */
public interface ActingOnBehalf {

    /** The commissioner serves this enterprise. */
    boolean assigned(String commissioner, String uscc);

    /** The enterprise's authorisation for this commissioner is live now. */
    boolean authorised(String commissioner, String uscc);
}
