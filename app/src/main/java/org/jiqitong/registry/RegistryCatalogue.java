package org.jiqitong.registry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jiqitong.rules.catalogue.Attribute;
import org.jiqitong.rules.catalogue.AttributeType;
import org.jiqitong.rules.catalogue.Catalogue;
import org.jiqitong.rules.catalogue.CodeList;

/**
 * The registry's facts as the rule engine's attribute catalogue: what each is called in conditions, its type,
 * unit, whether it is yearly, and the department that supplies it. Codes are checked against the registry's own
 * code lists (GB/T 4754-2017 industries, Jinan's districts, qualifications …).
 */
public final class RegistryCatalogue {

    private static final String AMR = "市市场监督管理局";
    private static final String STATS = "市统计局";

    /** Who supplies a fact no registry feed holds: the enterprise states it when applying, the department checks. */
    public static final String DECLARED = "申报时由企业提供,主管部门核实";

    /**
     * Facts a policy's text states and no feed of the registry holds: a condition on one is unknown for every
     * entity in the registry (the verdict is UNDETERMINED, naming the fact as missing), never silently dropped.
     */
    private static final String[][] DECLARED_FACTS = {
        {"postdoc_station", "是否设有博士后科研工作站"},
        {"digital_project", "是否有数字化改造项目"},
        {"professional_services", "是否向服务机构购买专业服务"},
        {"first_of_kind", "是否有首台(套)、首批次或首版次产品"},
        {"staff_training", "是否开展职工职业技能培训"},
        {"covid_hardship", "是否受疫情影响严重"},
        {"first_loan", "是否首次申请银行贷款"},
        {"ip_rights", "是否拥有专利权、商标专用权或著作权"},
        {"ipo_reserve", "是否为上市后备企业"},
        {"revenue_milestone", "是否新上或首次突破营业收入台阶"},
        {"high_growth", "是否为高成长性企业"},
        {"bridge_loan_need", "是否有转贷需求"},
        {"talent_introduced", "是否引进人才"},
        {"high_level_talent", "是否聘用高层次人才"}};

    /** The attributes' English names (the catalogue's own names are Chinese). */
    private static final java.util.Map<String, String> ENGLISH = java.util.Map.ofEntries(
            java.util.Map.entry("industry", "industry"), java.util.Map.entry("district", "district"),
            java.util.Map.entry("functional_zone", "functional zone"), java.util.Map.entry("entity_type", "entity type"),
            java.util.Map.entry("status", "registration status"), java.util.Map.entry("established_on", "founding date"),
            java.util.Map.entry("registered_capital", "registered capital"), java.util.Map.entry("listed", "listed or quoted"),
            java.util.Map.entry("employees", "employees"), java.util.Map.entry("revenue", "revenue"),
            java.util.Map.entry("total_assets", "total assets"), java.util.Map.entry("tax", "tax paid"),
            java.util.Map.entry("rnd", "R&D spending"), java.util.Map.entry("size_class", "size class"),
            java.util.Map.entry("qualifications", "qualifications"), java.util.Map.entry("credit_flags", "credit flags"),
            java.util.Map.entry("postdoc_station", "has a postdoctoral research station"),
            java.util.Map.entry("digital_project", "has a digital transformation project"),
            java.util.Map.entry("professional_services", "buys professional services"),
            java.util.Map.entry("first_of_kind", "has a first-of-its-kind product"),
            java.util.Map.entry("staff_training", "trains its staff"),
            java.util.Map.entry("covid_hardship", "hard hit by the epidemic"),
            java.util.Map.entry("first_loan", "applies for its first bank loan"),
            java.util.Map.entry("ip_rights", "holds patents, trademarks or copyrights"),
            java.util.Map.entry("ipo_reserve", "on the list of listing candidates"),
            java.util.Map.entry("revenue_milestone", "revenue passed a milestone"),
            java.util.Map.entry("high_growth", "high-growth enterprise"),
            java.util.Map.entry("bridge_loan_need", "needs a bridge loan"),
            java.util.Map.entry("talent_introduced", "brought in talent"),
            java.util.Map.entry("high_level_talent", "employs high-level talent"));

    /** Who supplies the facts, in English. */
    private static final java.util.Map<String, String> SUPPLIERS_EN = java.util.Map.of(AMR,
            "Market Supervision Administration", STATS, "Statistics Bureau", "市地方金融监督管理局", "Local Financial Supervision",
            "国家税务总局济南市税务局", "Tax Bureau", "市科学技术局", "Science and Technology Bureau",
            "市工业和信息化局、市科学技术局", "Industry and IT Bureau, Science and Technology Bureau", DECLARED,
            "stated by the enterprise when applying, checked by the department");

    /** An attribute's name for a reader of English (a qualification's date: "certified on: …"). */
    public static String labelEn(Attribute a) {
        if (a.code().endsWith("_since")) {
            String q = a.code().substring(0, a.code().length() - "_since".length()).toUpperCase(java.util.Locale.ROOT);
            return QualificationType.parse(q).map(t -> t.labelEn() + ", certified on").orElse(a.label());
        }
        return ENGLISH.getOrDefault(a.code(), a.label());
    }

    /** A Chinese attribute name as the rule engine wrote it ("上一年度营业收入") in English ("revenue (last year)"). */
    public static String labelEn(String zh) {
        String period = zh.startsWith("上一年度") ? " (last year)" : zh.startsWith("最近年度") ? " (latest year)" : "";
        String bare = period.isEmpty() ? zh : zh.substring(4);
        return CATALOGUE.attributes().stream().filter(a -> a.label().equals(bare)).findFirst()
                .map(a -> labelEn(a) + period).orElse(zh);
    }

    public static String supplierEn(String zh) {
        return zh == null ? null : SUPPLIERS_EN.getOrDefault(zh, zh);
    }

    /** The date attribute of a qualification: the day its valid certification began ({@code specialised_since}). */
    public static String since(String qualificationCode) {
        return qualificationCode.toLowerCase(java.util.Locale.ROOT) + "_since";
    }

    public static final Catalogue CATALOGUE = new Catalogue(attributes());

    /** The facts only the enterprise can state ({@link #DECLARED}), in the order the form shows them. */
    public static List<Attribute> declared() {
        return CATALOGUE.attributes().stream().filter(a -> DECLARED.equals(a.suppliedBy())).toList();
    }

    private static List<Attribute> attributes() {
        List<Attribute> all = new java.util.ArrayList<>(List.of(
            new Attribute("industry", "行业", AttributeType.CODE, null, false, AMR, new IndustryCodes()),
            new Attribute("district", "区县", AttributeType.CODE, null, false, AMR,
                    codes(District.values(), District::code, d -> d.code() + " " + d.labelZh())),
            new Attribute("functional_zone", "功能区", AttributeType.CODE, null, false, AMR,
                    codes(FunctionalZone.values(), FunctionalZone::name, FunctionalZone::labelZh)),
            new Attribute("entity_type", "市场主体类型", AttributeType.CODE, null, false, AMR,
                    codes(EntityType.values(), EntityType::name, EntityType::labelZh)),
            new Attribute("status", "登记状态", AttributeType.CODE, null, false, AMR,
                    codes(EntityStatus.values(), EntityStatus::name, EntityStatus::labelZh)),
            new Attribute("established_on", "成立日期", AttributeType.DATE, null, false, AMR, null),
            new Attribute("registered_capital", "注册资本", AttributeType.MONEY, "元", false, AMR, null),
            new Attribute("listed", "上市或挂牌", AttributeType.BOOL, null, false, "市地方金融监督管理局", null),
            new Attribute("employees", "从业人员", AttributeType.INT, "人", true, STATS, null),
            new Attribute("revenue", "营业收入", AttributeType.MONEY, "元", true, STATS, null),
            new Attribute("total_assets", "资产总额", AttributeType.MONEY, "元", true, STATS, null),
            new Attribute("tax", "纳税额", AttributeType.MONEY, "元", true, "国家税务总局济南市税务局", null),
            new Attribute("rnd", "研发费用", AttributeType.MONEY, "元", true, "市科学技术局", null),
            new Attribute("size_class", "企业规模", AttributeType.CODE, null, false, STATS,
                    codes(new String[] {"LARGE", "MEDIUM", "SMALL", "MICRO"}, s -> s, RegistryCatalogue::sizeLabel)),
            new Attribute("qualifications", "资质", AttributeType.CODE_SET, null, false, "市工业和信息化局、市科学技术局",
                    codes(credentials(false), QualificationType::name, QualificationType::labelZh)),
            new Attribute("credit_flags", "信用标记", AttributeType.CODE_SET, null, false, AMR,
                    codes(credentials(true), QualificationType::name, QualificationType::labelZh))));
        for (QualificationType q : credentials(false)) {
            all.add(new Attribute(since(q.name()), q.labelZh() + "认定日期", AttributeType.DATE, null, false,
                    "市工业和信息化局、市科学技术局", null));
        }
        for (String[] fact : DECLARED_FACTS) {
            all.add(new Attribute(fact[0], fact[1], AttributeType.BOOL, null, false, DECLARED, null));
        }
        return all;
    }

    private RegistryCatalogue() {
    }

    private static QualificationType[] credentials(boolean creditFlags) {
        return Arrays.stream(QualificationType.values()).filter(q -> q.creditFlag() == creditFlags)
                .toArray(QualificationType[]::new);
    }

    static String sizeLabel(String code) {
        return switch (code) {
            case "LARGE" -> "大型";
            case "MEDIUM" -> "中型";
            case "SMALL" -> "小型";
            case "MICRO" -> "微型";
            default -> code;
        };
    }

    private static <E> CodeList codes(E[] values, Function<E, String> code, Function<E, String> name) {
        Map<String, String> names = new HashMap<>(); // describe runs for every explained code of every answer
        for (E v : values) {
            names.putIfAbsent(code.apply(v), name.apply(v));
        }
        return new CodeList() {
            @Override
            public Optional<String> problem(String text) {
                return Arrays.stream(values).anyMatch(v -> code.apply(v).equals(text)) ? Optional.empty()
                        : Optional.of("\u201c" + text + "\u201d不是可选的值;可选:" + String.join("、",
                                Arrays.stream(values).map(v -> name.apply(v).equals(code.apply(v)) ? code.apply(v)
                                        : name.apply(v) + "(" + code.apply(v) + ")").toList()));
            }

            @Override
            public String describe(String text) {
                return names.getOrDefault(text, text);
            }

            @Override
            public List<String> codes() {
                return Arrays.stream(values).map(code).toList();
            }
        };
    }

    /** GB/T 4754-2017: a condition may name a whole section (C) or any division, group or class under it. */
    private static final class IndustryCodes implements CodeList {
        @Override
        public Optional<String> problem(String code) {
            return Industries.problem(code);
        }

        @Override
        public Optional<String> branchProblem(String prefix) {
            return prefix.length() == 1 && prefix.charAt(0) >= 'A' && prefix.charAt(0) <= 'T' ? Optional.empty()
                    : Industries.problem(prefix);
        }

        @Override
        public String describe(String code) {
            return Industries.describe(code);
        }

        @Override
        public boolean hierarchical() {
            return true;
        }
    }
}
