package org.jiqitong.policy;

import org.jiqitong.rules.condition.Rule;
import org.jiqitong.rules.formula.Formula;

/** A published version with its checked rule and formula (null when the item pays no amount). */
public record CompiledItem(ItemVersionView view, Rule rule, Formula formula) {
}
