package org.jiqitong.dormancy;

import java.time.LocalDate;

/** An enterprise's application: the term, the 法律文书送达地址 and contact, the reason and the two declarations. */
public record NewDormancy(LocalDate start, LocalDate end, String serviceAddress, String contact, String reason,
        boolean labourSettled, boolean commitment) {
}
