package org.jiqitong.registry;

import java.util.Optional;

/** 登记状态 as the registering authority writes it. */
public enum EntityStatus implements org.jiqitong.shared.Labelled {
    ACTIVE, DORMANT, DEREGISTERED,
    REVOKED;

    private static final Written<EntityStatus> WRITTEN = new Written<>(values(), EntityStatus::name,
            EntityStatus::labelZh).also("在营", ACTIVE).also("开业", ACTIVE).also("在业", ACTIVE).also("在册", ACTIVE)
            .also("吊销未注销", REVOKED);

    /** Accepts the Chinese wording of the feeds (存续 and its synonyms 在营/开业/在业/在册) or the code. */
    public static Optional<EntityStatus> parse(String text) {
        return WRITTEN.find(text);
    }
}
