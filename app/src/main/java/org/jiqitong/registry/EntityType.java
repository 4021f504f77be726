package org.jiqitong.registry;

import java.util.Optional;

/** 市场主体类型 as the registering authority writes it. */
public enum EntityType implements org.jiqitong.shared.Labelled {
    LIMITED_LIABILITY,
    JOINT_STOCK,
    INDIVIDUAL_BUSINESS,
    PARTNERSHIP,
    SOLE_PROPRIETORSHIP,
    BRANCH,
    COOPERATIVE,
    FOREIGN_INVESTED,
    STATE_OWNED,
    COLLECTIVE;

    /** Accepts the Chinese wording (有限责任公司) or the code (LIMITED_LIABILITY). */
    private static final Written<EntityType> WRITTEN = new Written<>(values(), EntityType::name, EntityType::labelZh);

    public static Optional<EntityType> parse(String text) {
        return WRITTEN.find(text);
    }
}
