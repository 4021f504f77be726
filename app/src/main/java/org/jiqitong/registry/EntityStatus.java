package org.jiqitong.registry;

import java.util.Optional;

/** 登记状态 as the registering authority writes it. */
public enum EntityStatus implements org.jiqitong.shared.Labelled {
    ACTIVE("存续", "Active"), DORMANT("休眠", "Dormant"), DEREGISTERED("注销", "Deregistered"),
    REVOKED("吊销", "Licence revoked");

    private final String labelZh;
    private final String labelEn;

    EntityStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    private static final Written<EntityStatus> WRITTEN = new Written<>(values(), EntityStatus::name,
            EntityStatus::labelZh).also("在营", ACTIVE).also("开业", ACTIVE).also("在业", ACTIVE).also("在册", ACTIVE)
            .also("吊销未注销", REVOKED);

    /** Accepts the Chinese wording of the feeds (存续 and its synonyms 在营/开业/在业/在册) or the code. */
    public static Optional<EntityStatus> parse(String text) {
        return WRITTEN.find(text);
    }
}
