package org.jiqitong.dormancy;

import java.time.LocalDate;

/** A registered dormancy on the public list: name, USCC, term, service address — nothing else. */
public record PublicDormancy(String name, String uscc, LocalDate start, LocalDate end, String serviceAddress) {
}
