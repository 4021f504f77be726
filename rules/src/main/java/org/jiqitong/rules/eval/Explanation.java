package org.jiqitong.rules.eval;

import org.jiqitong.rules.condition.Citation;

/** One line per leaf: its wording, the entity's actual value, the outcome and where the condition comes from. */
public record Explanation(String path, String wording, String attribute, String actual, Outcome outcome,
        Citation citation, String suppliedBy) {

    /** 上一年度营业收入不低于2000万元 — 实际 2,800.00万元,满足(济政发〔2021〕10号 第四条) */
    public String text() {
        return wording + " — 实际 " + actual + "," + outcome.label() + "(" + citation + ")";
    }
}
