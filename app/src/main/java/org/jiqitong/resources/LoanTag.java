package org.jiqitong.resources;

/** What a finance product is for (实施意见 18): 首贷, 续贷 (无还本续贷), 信用贷. */
public enum LoanTag implements org.jiqitong.shared.Labelled {
    FIRST_LOAN, RENEWAL, CREDIT
}
