package org.jiqitong;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.policy.ItemContent;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.NewDocument;
import org.jiqitong.policy.Policies;

/**
 * Publishes a test item of the IIT department through the real lifecycle (officer writes, officer2 approves):
 * "存续, 行业 M73…, 上一年度研发费用不低于 123.45 万元", an award of 10% of last year's R&D, capped at 50 万元.
 * The industry and the odd threshold keep the demo's entities from mattering to the tests that use it.
 */
public final class TestItems {

    public static final CurrentUser OFFICER = staff("officer", Role.POLICY_OFFICER, "IIT");
    public static final CurrentUser OFFICER2 = staff("officer2", Role.POLICY_OFFICER, "IIT");
    public static final long RND_MIN_FEN = 123_450_000L;
    private static final String CITE = "\"cite\":{\"doc\":\"测试〔2026〕9号\",\"clause\":\"第二条\"}";

    private TestItems() {
    }

    public static CurrentUser staff(String username, Role role, String department) {
        return new CurrentUser(0, username, username, role, department, null, null, false, true);
    }

    /** Publishes the item; returns the published version. */
    public static ItemVersionView publishRndAward(Policies policies, String name) {
        String conditions = "{\"all\":["
                + "{\"attr\":\"status\",\"op\":\"eq\",\"value\":\"ACTIVE\",\"wording\":\"登记状态为存续\"," + CITE + "},"
                + "{\"attr\":\"industry\",\"op\":\"prefix\",\"values\":[\"M73\"],\"wording\":\"属于研究和试验发展业\"," + CITE + "},"
                + "{\"attr\":\"rnd\",\"op\":\"range\",\"period\":\"last\",\"min\":" + RND_MIN_FEN
                + ",\"wording\":\"上一年度研发费用不低于123.45万元\"," + CITE + "}]}";
        String fixtures = """
                [{"name":"研发费用200万元","asOf":"2026-06-30","facts":{"status":"ACTIVE","industry":"M7320",
                  "rnd@2025":200000000},"verdict":"ELIGIBLE","amountFen":20000000},
                 {"name":"研发费用不足","asOf":"2026-06-30","facts":{"status":"ACTIVE","industry":"M7320",
                  "rnd@2025":100000000},"verdict":"INELIGIBLE"},
                 {"name":"研发费用未报送","asOf":"2026-06-30","facts":{"status":"ACTIVE","industry":"M7320"},
                  "verdict":"UNDETERMINED"}]""";
        long doc = policies.createDocument(new NewDocument("测试〔" + UUID.randomUUID().toString().substring(0, 8) + "〕号",
                "关于支持研发投入的通知(测试)", "市工业和信息化局", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), null,
                null, null), OFFICER);
        ItemContent content = new ItemContent(name, BenefitType.AWARD, "按上一年度研发费用的10%给予奖励,最高50万元。",
                "研究和试验发展企业", conditions, "rnd_last / 10", 50_000_000L, false, fixtures, List.of("研发费用专项审计报告"),
                List.of("网上申报", "主管部门审核", "财政兑付"), null, null, 30, "张工", "0531-00000000", "济南市测试路1号",
                false, null, null, null);
        ItemVersionView draft = policies.createItem(doc, content, OFFICER);
        policies.submit(draft.versionId(), OFFICER);
        return policies.approve(draft.versionId(), "同意发布", OFFICER2);
    }

    /** An enterprise user of an entity (not stored: for calling facades directly). */
    public static CurrentUser enterprise(String uscc) {
        return new CurrentUser(0, "ent-" + uscc, "企业", Role.ENTERPRISE, null, uscc, null, false, true);
    }

    /**
     * Publishes a payable test item for research companies (M73…): a fixed 10,000 元, one material (营业执照),
     * with the exclusion group, yearly cap and budget given (each may be null).
     */
    public static ItemVersionView publishPayable(Policies policies, String name, String exclusionGroup,
            Long yearlyCapFen, Long budgetFen) {
        return publishPayable(policies, name, BenefitType.SUBSIDY, "1000000", 5_000_000L, exclusionGroup, yearlyCapFen,
                budgetFen);
    }

    /**
     * The same item with another amount: a formula with its cap, a cap alone (assessed up to it), or neither (a
     * declared non-monetary item of the given type).
     */
    public static ItemVersionView publishPayable(Policies policies, String name, BenefitType type, String formula,
            Long capFen, String exclusionGroup, Long yearlyCapFen, Long budgetFen) {
        return publishPayable(policies, name, type, formula, capFen, exclusionGroup, yearlyCapFen, budgetFen, "M73",
                "M7320");
    }

    /** The same for manufacturers (industry C, as the demo's ent1): for journeys of a demo enterprise. */
    public static ItemVersionView publishPayableForManufacturers(Policies policies, String name) {
        return publishPayable(policies, name, BenefitType.SUBSIDY, "1000000", 5_000_000L, null, null, null, "C", "C3911");
    }

    private static ItemVersionView publishPayable(Policies policies, String name, BenefitType type, String formula,
            Long capFen, String exclusionGroup, Long yearlyCapFen, Long budgetFen, String prefix, String example) {
        String wording = prefix.equals("C") ? "属于制造业" : "属于研究和试验发展业";
        String conditions = "{\"all\":["
                + "{\"attr\":\"status\",\"op\":\"eq\",\"value\":\"ACTIVE\",\"wording\":\"登记状态为存续\"," + CITE + "},"
                + "{\"attr\":\"industry\",\"op\":\"prefix\",\"values\":[\"" + prefix + "\"],\"wording\":\"" + wording
                + "\"," + CITE + "}]}";
        String fixtures = """
                [{"name":"研发企业","asOf":"2026-06-30","facts":{"status":"ACTIVE","industry":"EXAMPLE"},
                  "verdict":"ELIGIBLE"AMOUNT},
                 {"name":"软件企业","asOf":"2026-06-30","facts":{"status":"ACTIVE","industry":"I6513"},
                  "verdict":"INELIGIBLE"}]""".replace("AMOUNT", formula == null ? "" : ",\"amountFen\":" + formula)
                .replace("EXAMPLE", example);
        long doc = policies.createDocument(new NewDocument("测试〔" + UUID.randomUUID().toString().substring(0, 8) + "〕号",
                "关于研发企业补助的通知(测试)", "市工业和信息化局", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), null,
                null, null), OFFICER);
        ItemContent content = new ItemContent(name, type, "对研究和试验发展企业给予一次性补助1万元。",
                "研究和试验发展企业", conditions, formula, capFen, false, fixtures, List.of("营业执照"),
                List.of("网上申报", "窗口受理", "主管部门审核", "公示", "财政兑付"), null, null, 10, "张工", "0531-00000000",
                "济南市测试路1号", false, exclusionGroup, yearlyCapFen, budgetFen);
        ItemVersionView draft = policies.createItem(doc, content, OFFICER);
        policies.submit(draft.versionId(), OFFICER);
        return policies.approve(draft.versionId(), "同意发布", OFFICER2);
    }

    /** The registered capital that marks the entities of the 免申即享 tests (the demo never has it). */
    public static final String MAGIC_CAPITAL = "1234567.89";

    /**
     * Publishes a 免申即享 item (IIT) for research companies with the magic registered capital: 10% of last year's
     * R&D spend, at most 50,000 元, with the exclusion group given (may be null).
     */
    public static ItemVersionView publishNoApplication(Policies policies, String name, String exclusionGroup) {
        String conditions = "{\"all\":["
                + "{\"attr\":\"status\",\"op\":\"eq\",\"value\":\"ACTIVE\",\"wording\":\"登记状态为存续\"," + CITE + "},"
                + "{\"attr\":\"industry\",\"op\":\"prefix\",\"values\":[\"M73\"],\"wording\":\"属于研究和试验发展业\"," + CITE + "},"
                + "{\"attr\":\"registered_capital\",\"op\":\"range\",\"min\":123456789,\"max\":123456789,"
                + "\"wording\":\"注册资本为测试值\"," + CITE + "},"
                + "{\"attr\":\"rnd\",\"op\":\"range\",\"period\":\"last\",\"min\":1,\"wording\":\"上一年度有研发投入\"," + CITE + "}]}";
        String fixtures = """
                [{"name":"研发200万元","asOf":"2026-06-30","facts":{"status":"ACTIVE","industry":"M7320",
                  "registered_capital":123456789,"rnd@2025":200000000},"verdict":"ELIGIBLE","amountFen":5000000},
                 {"name":"研发30万元","asOf":"2026-06-30","facts":{"status":"ACTIVE","industry":"M7320",
                  "registered_capital":123456789,"rnd@2025":30000000},"verdict":"ELIGIBLE","amountFen":3000000},
                 {"name":"其他企业","asOf":"2026-06-30","facts":{"status":"ACTIVE","industry":"M7320",
                  "registered_capital":100000000,"rnd@2025":30000000},"verdict":"INELIGIBLE"}]""";
        long doc = policies.createDocument(new NewDocument("测试〔" + UUID.randomUUID().toString().substring(0, 8) + "〕号",
                "关于研发投入免申即享的通知(测试)", "市工业和信息化局", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), null,
                null, null), OFFICER);
        ItemContent content = new ItemContent(name, BenefitType.SUBSIDY, "按上一年度研发投入的10%直接兑付,最高5万元,无需申报。",
                "研究和试验发展企业", conditions, "rnd_last / 10", 5_000_000L, false, fixtures, List.of(),
                List.of("平台比对", "主管部门审核名单", "公示", "企业确认账户", "财政兑付"), null, null, 15, "张工",
                "0531-00000000", "济南市测试路1号", true, exclusionGroup, null, null);
        ItemVersionView draft = policies.createItem(doc, content, OFFICER);
        policies.submit(draft.versionId(), OFFICER);
        return policies.approve(draft.versionId(), "同意发布", OFFICER2);
    }

    /** An entities line with the magic capital (for the 免申即享 tests). */
    public static String magicEntityLine(String uscc, String name) {
        return uscc + "," + name + ",有限责任公司,370102,M7320,2015-05-05," + MAGIC_CAPITAL + ",存续,false,测试法人,济南市测试路3号";
    }

    /** Delivers CSV lines of a feed through the registry's import, as a source system would; every row must land. */
    public static void deliver(org.jiqitong.registry.Registry registry, org.jiqitong.registry.Feed feed, String source,
            String... lines) {
        String csv = String.join(",", feed.columns()) + "\n" + String.join("\n", lines) + "\n";
        var result = registry.importFeed(new org.jiqitong.registry.ImportRequest(feed, source,
                org.jiqitong.registry.ImportRequest.Channel.API, "test.csv", "test"),
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
        if (result.rejected() > 0) {
            throw new AssertionError("rows refused: " + result.errors());
        }
    }

    /** An entities CSV line of an active research company in 370102, founded 2015. */
    public static String entityLine(String uscc, String name) {
        return uscc + "," + name + ",有限责任公司,370102,M7320,2015-05-05,1000000.00,存续,false,测试法人,济南市测试路2号";
    }

    /** A figures CSV line for last year (of the test day) with this R&D spend (yuan, two decimals). */
    public static String figuresLine(String uscc, String rndYuan) {
        return uscc + "," + TestClock.LAST_YEAR + ",20,8000000.00,6000000.00,300000.00," + rndYuan;
    }
}
