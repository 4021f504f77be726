package org.jiqitong.registry;

import java.util.Map;
import java.util.Optional;

/** 登记状态 as the registering authority writes it. */
public enum EntityStatus {
    ACTIVE("存续", "Active"), DORMANT("休眠", "Dormant"), DEREGISTERED("注销", "Deregistered"),
    REVOKED("吊销", "Licence revoked");

    private static final Map<String, EntityStatus> WRITTEN = Map.of(
            "存续", ACTIVE, "在营", ACTIVE, "开业", ACTIVE, "在业", ACTIVE, "在册", ACTIVE,
            "休眠", DORMANT, "注销", DEREGISTERED, "吊销", REVOKED, "吊销未注销", REVOKED);

    private final String labelZh;
    private final String labelEn;

    EntityStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Accepts the Chinese wording of the feeds (存续 and its synonyms 在营/开业/在业/在册) or the code. */
    public static Optional<EntityStatus> parse(String text) {
        EntityStatus status = WRITTEN.get(text);
        if (status != null) {
            return Optional.of(status);
        }
        for (EntityStatus s : values()) {
            if (s.name().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
