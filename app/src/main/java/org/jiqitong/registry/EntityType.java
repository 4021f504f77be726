package org.jiqitong.registry;

import java.util.Optional;

/** 市场主体类型 as the registering authority writes it. */
public enum EntityType implements org.jiqitong.shared.Labelled {
    LIMITED_LIABILITY("有限责任公司", "Limited liability company"),
    JOINT_STOCK("股份有限公司", "Joint-stock company"),
    INDIVIDUAL_BUSINESS("个体工商户", "Individual business"),
    PARTNERSHIP("合伙企业", "Partnership"),
    SOLE_PROPRIETORSHIP("个人独资企业", "Sole proprietorship"),
    BRANCH("分公司", "Branch"),
    COOPERATIVE("农民专业合作社", "Farmers' cooperative"),
    FOREIGN_INVESTED("外商投资企业", "Foreign-invested enterprise"),
    STATE_OWNED("全民所有制企业", "State-owned enterprise"),
    COLLECTIVE("集体所有制企业", "Collective enterprise");

    private final String labelZh;
    private final String labelEn;

    EntityType(String labelZh, String labelEn) {
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

    /** Accepts the Chinese wording (有限责任公司) or the code (LIMITED_LIABILITY). */
    private static final Written<EntityType> WRITTEN = new Written<>(values(), EntityType::name, EntityType::labelZh);

    public static Optional<EntityType> parse(String text) {
        return WRITTEN.find(text);
    }
}
