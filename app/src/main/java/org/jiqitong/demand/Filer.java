package org.jiqitong.demand;

/**
 * Who filed a demand, for the staff who handle it: the enterprise (its USCC and registered name) for a web demand,
 * and the caller's name, phone and e-mail as given at the window or to the 12345 hotline. Any part may be absent.
 */
public record Filer(String uscc, String entityName, String callerName, String callerPhone, String callerEmail) {

    public boolean enterprise() {
        return uscc != null;
    }
}
