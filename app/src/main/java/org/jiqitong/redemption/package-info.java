/**
 * 申报兑现: an enterprise applies once online, one window accepts (直办 or 转办), the competent department
 * reviews, the approval is publicly noticed, finance pays exactly once through a ledger whose rules the database
 * enforces; every stage runs on a supervised clock, and the enterprise sees every step.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Redemption")
package org.jiqitong.redemption;
