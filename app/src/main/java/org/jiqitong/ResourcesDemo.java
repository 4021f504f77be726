package org.jiqitong;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.registry.District;
import org.jiqitong.resources.Commissioners;
import org.jiqitong.resources.LoanTag;
import org.jiqitong.resources.NewResource;
import org.jiqitong.resources.ResourceKind;
import org.jiqitong.resources.ResourceView;
import org.jiqitong.resources.Resources;
import org.jiqitong.resources.SupplyMode;
import org.jiqitong.resources.Terms;
import org.jiqitong.shared.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's resource library, on the first start: 154 illustrative resources (each marked 示意) of every kind across
 * Jinan's districts, written by one demo officer of the owning department and published by a second (the same four-eyes
 * path as any), shared facilities open 09:00–17:00 on working days; and ent1 and ent2 assigned to the commissioner.
 */
@Component
class ResourcesDemo {

    private static final Logger log = LoggerFactory.getLogger(ResourcesDemo.class);
    private static final String[] FEATURES = {"载重 1.5 吨/m²,层高 8 米,双回路供电", "万级洁净车间,恒温恒湿", "层高 5.4 米,货梯 3 吨",
        "独栋厂房,行车 10 吨,双回路电", "研发办公一体,5G 全覆盖", "层高 4.5 米,可分割出租"};
    private static final String[] INSTRUMENTS = {"场发射扫描电子显微镜", "600MHz 核磁共振波谱仪", "X 射线衍射仪", "液相色谱-质谱联用仪",
        "激光共聚焦显微镜", "三坐标测量机", "电磁兼容(EMC)实验室", "高低温湿热试验箱", "工业 CT 检测系统", "振动冲击试验台",
        "基因测序仪", "材料万能试验机", "红外光谱仪"};
    private static final String[] BANKS = {"济南农商银行", "齐鲁银行", "工商银行济南分行", "建设银行山东省分行", "恒丰银行济南分行",
        "济南市融资担保有限公司", "山东省再担保集团", "中国银行济南分行"};

    private final Resources resources;
    private final Commissioners commissioners;
    private final java.time.Clock clock;

    ResourcesDemo(Resources resources, Commissioners commissioners, java.time.Clock clock) {
        this.resources = resources;
        this.commissioners = commissioners;
        this.clock = clock;
    }

    void loadIfEmpty() {
        if (resources.any()) {
            return;
        }
        LocalDate today = ChinaTime.today(clock);
        List<Entry> all = new ArrayList<>();
        District[] d = District.values();
        // 产业空间: the first ones in 历城区 near 2,000 m² (the demo's journey), then across the districts
        all.add(space("IIT", "历城区智能制造产业园 3 号标准厂房", "370112", 2000, 2800, FEATURES[0], today));
        all.add(space("IIT", "历城区唐冶片区高端装备厂房 B2", "370112", 1850, 3200, FEATURES[2], today));
        all.add(space("INVEST", "历城区临港产业园独栋厂房", "370112", 2400, 2500, FEATURES[3], today));
        for (int i = 0; i < 37; i++) {
            District x = d[i % d.length];
            int area = 500 + (i * 730) % 7500;
            all.add(space(i % 2 == 0 ? "IIT" : "INVEST", x.labelZh() + "产业空间 " + (i + 1) + " 号(" + area + " m²)", x.code(),
                    area, 1800 + (i * 370) % 4200, FEATURES[i % FEATURES.length], today.plusDays((i % 4) * 30L)));
        }
        SupplyMode[] modes = SupplyMode.values();
        for (int i = 0; i < 30; i++) {
            District x = d[(i * 5) % d.length];
            int mu = 10 + (i * 17) % 190;
            all.add(new Entry("NRP", new NewResource(ResourceKind.LAND, x.labelZh() + "标准地 " + (i + 1) + " 号地块(" + mu + " 亩)",
                    x.code(), List.of(i % 3 == 0 ? "C" : "C34"), "“标准地”出让,控制指标随地块公布,拿地即开工(实施意见 14)。",
                    terms(BigDecimal.valueOf(mu), null, null, null, null, null, null, modes[i % modes.length], List.of(),
                            today.plusDays((i % 6) * 30L), null, null, null),
                    Map.of("use", "工业用地(M1)", "investmentPerMu", (300 + i % 5 * 50) + " 万元/亩", "taxPerMu",
                            (20 + i % 4 * 5) + " 万元/亩·年", "plotRatio", "≥ " + (1.2 + (i % 3) * 0.2), "energy",
                            "≤ 0." + (3 + i % 4) + " 吨标准煤/万元", "location", x.labelZh()), null, null, true)));
        }
        for (int i = 0; i < 25; i++) {
            District x = d[(i * 7) % d.length];
            all.add(new Entry(i < 15 ? "SCI" : "IIT", new NewResource(ResourceKind.FACILITY, INSTRUMENTS[i % INSTRUMENTS.length]
                    + "(" + x.labelZh() + (i / INSTRUMENTS.length + 1) + ")", x.code(), List.of(),
                    "大型科学仪器向民营企业开放共享(实施意见 6),按时段预约,工作日 09:00–17:00。",
                    terms(null, null, null, null, null, null, null, null, List.of(), null, LocalTime.of(9, 0), LocalTime.of(17, 0), 60),
                    Map.of("instrument", INSTRUMENTS[i % INSTRUMENTS.length], "location", x.labelZh() + "科技服务平台",
                            "fee", "按成本收费,中小企业减半", "contact", "0531-8" + String.format("%07d", 1000 + i)), null, null, true)));
        }
        for (int i = 0; i < 25; i++) {
            boolean guarantee = i % 3 == 2;
            int fee = guarantee ? (i % 2 == 0 ? 150 : 80 + i % 3 * 10) : 0;
            List<LoanTag> tags = List.of(LoanTag.values()[i % 3]);
            all.add(new Entry("FSA", new NewResource(ResourceKind.FINANCE_PRODUCT, BANKS[i % BANKS.length]
                    + (guarantee ? "融资担保 " : "") + tags.get(0).labelZh() + "产品 " + (i + 1), null, List.of(),
                    guarantee ? "政府性融资担保,担保费率以实际为准。" : "面向中小微企业的" + tags.get(0).labelZh() + "产品(实施意见 18)。",
                    terms(null, null, null, 10_000_000L * (1 + i % 3), 100_000_000L * (5 + i % 6), guarantee ? null : 330 + i % 5 * 15,
                            guarantee ? fee : null, null, tags, null, null, null, null),
                    Map.of("bank", BANKS[i % BANKS.length], "collateral", i % 2 == 0 ? "信用,无需抵押" : "知识产权质押或保证",
                            "term", (1 + i % 3) + " 年"), null, null, true)));
        }
        String hightech = "{\"attr\":\"qualifications\",\"op\":\"has\",\"values\":[\"HIGH_TECH\",\"TECH_SME\"],"
                + "\"wording\":\"高新技术企业或科技型中小企业\",\"cite\":{\"doc\":\"关于加快推动民营经济高质量发展的实施意见\",\"clause\":\"17\"}}";
        String fixtures = "[{\"name\":\"高新技术企业\",\"asOf\":\"" + today + "\",\"facts\":{\"qualifications\":[\"HIGH_TECH\"]},"
                + "\"verdict\":\"ELIGIBLE\"},{\"name\":\"无资质\",\"asOf\":\"" + today + "\",\"facts\":{\"qualifications\":[]},"
                + "\"verdict\":\"INELIGIBLE\"}]";
        String[] stages = {"种子期、天使期", "初创期、成长期", "成长期、成熟期"};
        for (int i = 0; i < 12; i++) {
            all.add(new Entry(i % 2 == 0 ? "SCI" : "DRC", new NewResource(ResourceKind.VENTURE_FUND, "济南" + (i % 2 == 0 ? "科创" : "新旧动能")
                    + "创投基金 " + (i + 1) + " 期", null, List.of(i % 3 == 0 ? "I" : i % 3 == 1 ? "C" : "M"),
                    "政府引导基金参股的创业投资基金(实施意见 17)。", terms(null, null, null, 5_000_000_00L * (1 + i % 2),
                            5_000_000_000L * (1 + i % 3), null, null, null, List.of(), null, null, null, null),
                    Map.of("stages", stages[i % 3], "manager", "济南产业投资管理有限公司(演示)", "contact", "0531-6" + String.format("%07d", 2000 + i)),
                    i % 2 == 0 ? hightech : null, i % 2 == 0 ? fixtures : null, true)));
        }
        String[] funds = {"工业转型升级专项资金", "科技创新发展资金", "服务业发展引导资金", "数字经济发展资金", "外贸发展资金"};
        for (int i = 0; i < 10; i++) {
            all.add(new Entry(new String[] {"IIT", "SCI", "DRC", "DATA", "COMMERCE"}[i % 5], new NewResource(ResourceKind.FUND,
                    funds[i % 5] + (i >= 5 ? "(第二批)" : ""), null, List.of(), "按年度申报指南支持,资金拨付见相关政策事项。",
                    terms(null, null, null, null, 1_000_000_000L * (5 + i), null, null, null, List.of(), null, null, null, null),
                    Map.of("term", today.getYear() + "—" + (today.getYear() + 2) + " 年", "manager", "主管部门", "contact", "见申报指南"),
                    null, null, true)));
        }
        String[][] services = {{"SERVICE", "企业开办帮办代办", "登记设立、银行开户、刻章、社保登记一次办"}, {"APPROVAL", "项目审批帮办", "立项、规划、施工许可全程帮办"},
            {"SERVICE", "政策申报辅导", "政策解读、申报材料辅导"}, {"FSA", "融资对接服务", "首贷、续贷、信用贷需求对接银行"},
            {"SERVICE", "公益法律服务", "合同审查、劳动用工、知识产权法律咨询"}, {"COMMERCE", "外贸企业服务", "出口信保、通关便利咨询"}};
        for (int i = 0; i < 12; i++) {
            String[] s = services[i % services.length];
            District x = d[(i * 3) % d.length];
            all.add(new Entry(s[0], new NewResource(ResourceKind.SERVICE, s[1] + "(" + x.labelZh() + ")", x.code(), List.of(), s[2],
                    Terms.none(), Map.of("provider", x.labelZh() + "企业服务中心", "scope", s[2], "contact", "12345"), null, null, true)));
        }
        for (Entry e : all) {
            CurrentUser author = officer(e.department(), "a");
            ResourceView v = resources.create(e.resource(), author);
            resources.submit(v.id(), author);
            resources.publish(v.id(), officer(e.department(), "b"));
        }
        CurrentUser admin = new CurrentUser(0, "demo", "演示数据", Role.ADMIN, null, null, null, false, true);
        commissioners.assign(DemoRegistry.ENTERPRISE_USCCS.get(0), "commissioner", "重点企业(专精特新)", admin);
        commissioners.assign(DemoRegistry.ENTERPRISE_USCCS.get(1), "commissioner", "重点企业(科技型中小企业)", admin);
        log.info("Published {} illustrative resources of the demo library", all.size());
    }

    private record Entry(String department, NewResource resource) {
    }

    private static Entry space(String dept, String title, String district, int m2, long rentFen, String features, LocalDate from) {
        return new Entry(dept, new NewResource(ResourceKind.SPACE, title, district, List.of(), "标准厂房与研发空间,可按需分割,拎包入驻。",
                terms(null, BigDecimal.valueOf(m2), rentFen, null, null, null, null, null, List.of(), from, null, null, null),
                Map.of("features", features, "location", District.ofCode(district).map(District::labelZh).orElse(district),
                        "contact", "0531-5" + String.format("%07d", m2)), null, null, true));
    }

    private static Terms terms(BigDecimal mu, BigDecimal m2, Long rent, Long min, Long max, Integer rate, Integer fee,
            SupplyMode mode, List<LoanTag> tags, LocalDate from, LocalTime open, LocalTime close, Integer slot) {
        return new Terms(mu, m2, rent, min, max, rate, fee, mode, tags, from, open, close, slot, List.of());
    }

    private static CurrentUser officer(String department, String which) {
        return new CurrentUser(0, "demo-" + department.toLowerCase() + "-" + which, "演示数据", Role.POLICY_OFFICER,
                department, null, null, false, true);
    }
}
