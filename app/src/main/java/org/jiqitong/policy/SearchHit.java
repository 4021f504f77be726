package org.jiqitong.policy;

/** A published item found by a search, with a snippet of its text where the words matched (HTML, encoded). */
public record SearchHit(CompiledItem item, String snippetHtml) {
}
