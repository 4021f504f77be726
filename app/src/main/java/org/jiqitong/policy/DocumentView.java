package org.jiqitong.policy;

import java.time.LocalDate;

/** A policy document as listed for officers. */
public record DocumentView(long id, String docNumber, String title, LocalDate issuedOn) {
}
