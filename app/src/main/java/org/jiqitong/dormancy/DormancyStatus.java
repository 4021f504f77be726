package org.jiqitong.dormancy;

/** Where an episode of 休眠 stands. */
public enum DormancyStatus implements org.jiqitong.shared.Labelled {
    /** Applied, awaiting the AMR's 备案. */
    APPLIED,
    /** Refused with a reason. */
    REFUSED,
    /** Registered (备案): dormant from its start to its end. */
    REGISTERED,
    /** Recovered early by the enterprise. */
    RECOVERED,
    /** The term ran out: recovered automatically (期满自动恢复). */
    EXPIRED,
    /** Ended by the AMR as 恶意休眠, with a reason and evidence. */
    ENDED_MALICIOUS
}
