/**
 * Entity ↔ policy: every published item evaluated for one entity (我的政策) or for a visitor's facts (the
 * policy calculator), with its verdict, amount, explanation and the facts still missing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.jiqitong.matching;
