package org.jiqitong.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.jobs.Jobs;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.redemption.ApplicationView;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.ImportRequest;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.Bilingual;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.supervision.Supervision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 民营经济监测 on generated data with known answers: entities of an economic type no other test delivers (股份有限公司,
 * 160), counted while generating, and the dashboards' tables must say exactly those numbers; qualifications, policy
 * delivery and demand rates by the change this test makes; targets with their progress; the half-yearly PDF holds the
 * dashboards' figures as text in an embedded Chinese font; the procurement API over HTTP.
 */
class MonitoringIntegrationTest extends IntegrationTest {

    private static final CurrentUser SUPERVISOR = TestItems.staff("supervisor", Role.SUPERVISOR, "SUPERVISION");
    private static final CurrentUser ADMIN = TestItems.staff("admin", Role.ADMIN, null);

    @Autowired
    Dashboards dashboards;
    @Autowired
    Targets targets;
    @Autowired
    Reports reports;
    @Autowired
    Registry registry;
    @Autowired
    Jobs jobs;
    @Autowired
    Policies policies;
    @Autowired
    Supervision supervision;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.jiqitong.redemption.Redemption redemption;
    @Autowired
    org.jiqitong.redemption.Materials materials;
    @Autowired
    org.jiqitong.redemption.Intake intake;
    @Autowired
    org.jiqitong.redemption.Review review;
    @Autowired
    org.jiqitong.redemption.Notices notices;
    @Autowired
    org.jiqitong.redemption.Payouts payouts;

    private DashboardFilter half() {
        return DashboardFilter.half(ChinaTime.today(clock));
    }

    private static Map<String, Long> counts(Table t) {
        Map<String, Long> out = new TreeMap<>();
        t.rows().forEach(r -> out.put(((Bilingual) r.get(0)).zh(), (Long) r.get(1)));
        return out;
    }

    private static Table table(List<Table> tables, String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private void deliverEntities(List<String> lines) {
        String csv = String.join(",", Feed.ENTITIES.columns()) + ",functional_zone,ownership\n" + String.join("\n", lines) + "\n";
        var result = registry.importFeed(new ImportRequest(Feed.ENTITIES, "AMR", ImportRequest.Channel.API, "t.csv", "test"),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(result.rejected()).as(String.valueOf(result.errors())).isZero();
    }

    @Test
    void thePopulationTablesSayExactlyTheCountsKeptWhileGenerating() {
        DashboardFilter h = half();
        String[] districts = {"370102", "370112", "370124"};
        String[] districtNames = {"历下区", "历城区", "平阴县"};
        Map<String, Long> byDistrict = new TreeMap<>();
        Map<String, Long> bySection = new TreeMap<>();
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> bySize = new TreeMap<>();
        Map<String, Long> byMonth = new LinkedHashMap<>();
        for (LocalDate m = h.from(); m.isBefore(h.to()); m = m.plusMonths(1)) {
            byMonth.put(m.toString().substring(0, 7), 0L);
        }
        long inLicheng = 0;
        java.util.List<String> entities = new java.util.ArrayList<>();
        java.util.List<String> figures = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String uscc = TestUsccs.next();
            String industry = i % 2 == 0 ? "C3911" : "I6513";
            String status = i % 5 == 0 ? "注销" : "存续";
            LocalDate founded = h.from().plusMonths(i % 4).plusDays(9);
            entities.add(uscc + ",济南监测测试" + i + "股份有限公司," + "股份有限公司," + districts[i % 3] + "," + industry + ","
                    + founded + ",5000000.00," + status + ",false,测试法人,济南市测试路" + i + "号,,160");
            byDistrict.merge(districtNames[i % 3], 1L, Long::sum);
            bySection.merge(i % 2 == 0 ? "C 制造业" : "I 信息传输、软件和信息技术服务业", 1L, Long::sum);
            byStatus.merge(i % 5 == 0 ? "注销" : "存续", 1L, Long::sum);
            byMonth.merge(founded.toString().substring(0, 7), 1L, Long::sum);
            inLicheng += i % 3 == 1 ? 1 : 0;
            if (i % 3 == 0) {
                figures.add(uscc + "," + org.jiqitong.TestClock.LAST_YEAR + ",5,400000.00,300000.00,10000.00,");
                bySize.merge("微型", 1L, Long::sum);
            } else {
                bySize.merge("无法判定", 1L, Long::sum);
            }
        }
        deliverEntities(entities);
        TestItems.deliver(registry, Feed.FIGURES, "STATS", figures.toArray(String[]::new));
        registry.refreshSummaries();

        DashboardFilter ours = new DashboardFilter(null, "JOINT_STOCK", null, h.from(), h.to());
        List<Table> p = dashboards.population(ours);
        assertThat(counts(table(p, "byDISTRICT"))).isEqualTo(byDistrict);
        assertThat(counts(table(p, "bySECTION"))).isEqualTo(bySection);
        assertThat(counts(table(p, "bySTATUS"))).isEqualTo(byStatus);
        assertThat(counts(table(p, "bySIZE_CLASS"))).isEqualTo(bySize);
        assertThat(counts(table(p, "byOWNERSHIP"))).containsExactly(Map.entry("股份有限公司(国有、私营以外)", 30L));
        Map<String, Long> founded = new LinkedHashMap<>();
        table(p, "byMonth").rows().forEach(r -> founded.put(((Bilingual) r.get(0)).zh(), (Long) r.get(1)));
        assertThat(founded).isEqualTo(byMonth);
        DashboardFilter licheng = new DashboardFilter("370112", "JOINT_STOCK", null, h.from(), h.to());
        assertThat(counts(table(dashboards.population(licheng), "bySTATUS")).values().stream().mapToLong(Long::longValue)
                .sum()).isEqualTo(inLicheng);
        // 民营经济 is 私营 + 个体 only: these 30 are not in it
        long privateBefore = counts(table(dashboards.population(new DashboardFilter(null, "PRIVATE_ECONOMY", null, h.from(),
                h.to())), "byOWNERSHIP")).keySet().stream().filter(k -> k.startsWith("股份有限")).count();
        assertThat(privateBefore).isZero();
    }

    @Test
    void qualificationsCountEachEntityOnceAgainstTheSeedsTwoThousand() {
        Map<String, Long> before = counts(dashboards.qualifications());
        String a = TestUsccs.next();
        String b = TestUsccs.next();
        String c = TestUsccs.next();
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(a, "济南资质测试一有限公司"),
                TestItems.entityLine(b, "济南资质测试二有限公司"), TestItems.entityLine(c, "济南资质测试三有限公司"));
        LocalDate from = ChinaTime.today(clock).minusMonths(2);
        TestItems.deliver(registry, Feed.QUALIFICATIONS, "IIT", a + ",专精特新中小企业,省级," + from + ",",
                b + ",专精特新中小企业,市级," + from + ",", b + ",瞪羚企业,市级," + from + ",", c + ",独角兽企业,省级," + from + ",");
        Table after = dashboards.qualifications();
        Map<String, Long> now = counts(after);
        assertThat(now.get("专精特新中小企业") - before.get("专精特新中小企业")).isEqualTo(2);
        assertThat(now.get("瞪羚企业") - before.get("瞪羚企业")).isEqualTo(1);
        assertThat(now.get("独角兽企业") - before.get("独角兽企业")).isEqualTo(1);
        assertThat(now.get("合计(一家只计一次)") - before.get("合计(一家只计一次)")).as("b once").isEqualTo(3);
        assertThat(after.rows().get(after.rows().size() - 1).get(2)).isEqualTo(2000L);
        Target seed = targets.all().stream().filter(t -> t.measure().equals(Targets.QUALIFIED_ENTITIES)).findFirst().orElseThrow();
        assertThat(seed.current()).isEqualTo(now.get("合计(一家只计一次)"));
        assertThat(seed.due()).isTrue();
        assertThat(seed.onTrack()).as("2,000 were due at the end of 2022").isEqualTo(seed.current() >= 2000);
    }

    @Test
    void deliveryCountsApplicationsPaymentsAndAmountsPerDepartmentAndMonth() {
        DashboardFilter h = half();
        List<Object> before = iit(dashboards.delivery(h, SUPERVISOR));
        String month = ChinaTime.today(clock).toString().substring(0, 7);
        List<Object> monthBefore = month(dashboards.delivery(h, SUPERVISOR), month);
        ItemVersionView item = TestItems.publishPayable(policies, "监测兑付测试" + System.nanoTime(), null, null, null);
        ApplicationView one = ready(item);
        ApplicationView two = ready(item);
        var batch = payouts.createBatch(TestItems.staff("finance", Role.FINANCE, "FIN"));
        long line = payouts.lines(batch.batchId(), TestItems.staff("finance", Role.FINANCE, "FIN")).stream()
                .filter(l -> l.applicationId() == one.id()).findFirst().orElseThrow().id();
        assertThat(payouts.markPaid(line, TestItems.staff("finance", Role.FINANCE, "FIN"))).isTrue();
        List<Object> after = iit(dashboards.delivery(h, SUPERVISOR));
        assertThat((Long) after.get(2) - (Long) before.get(2)).as("submitted").isEqualTo(2);
        assertThat((Long) after.get(3) - (Long) before.get(3)).as("paid").isEqualTo(1);
        assertThat((Long) after.get(4) - (Long) before.get(4)).as("amount in fen").isEqualTo(1_000_000L);
        assertThat(after.get(7)).as("median working days").isNotNull();
        assertThat(after.get(8)).as("eligible, not paid").isEqualTo(Math.max(0, (Long) after.get(1) - (Long) after.get(3)));
        List<Object> monthAfter = month(dashboards.delivery(h, SUPERVISOR), month);
        assertThat((Long) monthAfter.get(1) - (Long) monthBefore.get(1)).as("submitted this month").isEqualTo(2);
        assertThat((Long) monthAfter.get(2) - (Long) monthBefore.get(2)).as("paid this month").isEqualTo(1);
        assertThat((Long) monthAfter.get(3) - (Long) monthBefore.get(3)).as("paid this month, fen").isEqualTo(1_000_000L);
        assertThat(two.status()).isNotNull();
        // a reviewer of another department sees only its own department's delivery
        var sci = dashboards.delivery(h, TestItems.staff("reviewer-sci", Role.REVIEWER, "SCI")).get(0);
        assertThat(sci.rows()).allMatch(r -> ((Bilingual) r.get(0)).zh().equals("市科学技术局"));
        assertThatThrownBy(() -> dashboards.delivery(h, TestItems.enterprise(TestUsccs.next())))
                .isInstanceOf(MonitoringNotFoundException.class);
    }

    private static List<Object> month(List<Table> delivery, String month) {
        return table(delivery, "deliveryByMonth").rows().stream().filter(r -> ((Bilingual) r.get(0)).zh().equals(month))
                .findFirst().orElseThrow();
    }

    @Test
    void dormanciesByMonthAndTheDemandRatesCountWhatThisTestAdds() {
        DashboardFilter h = half();
        String month = ChinaTime.today(clock).toString().substring(0, 7);
        java.util.function.Supplier<Long> dormant = () -> table(dashboards.population(h), "byMonth").rows().stream()
                .filter(r -> ((Bilingual) r.get(0)).zh().equals(month)).map(r -> (Long) r.get(2)).findFirst().orElseThrow();
        long dormantBefore = dormant.get();
        String uscc = TestUsccs.next();
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, "济南监测休眠测试有限公司"));
        var episode = dormancy.apply(new org.jiqitong.dormancy.NewDormancy(ChinaTime.today(clock),
                ChinaTime.today(clock).plusMonths(6), "济南市测试送达路1号", "王经理 0531-00000000", "暂停经营", true, true),
                TestItems.enterprise(uscc));
        assertThat(dormant.get()).as("applied, not yet registered").isEqualTo(dormantBefore);
        dormancy.register(episode.id(), TestItems.staff("licensing", Role.REVIEWER, "AMR"));
        assertThat(dormant.get()).isEqualTo(dormantBefore + 1);

        java.util.function.Supplier<Long> iitDemands = () -> dashboards.demandRates(h).rows().stream()
                .filter(r -> ((Bilingual) r.get(0)).zh().equals("市工业和信息化局")).map(r -> (Long) r.get(1)).findFirst()
                .orElse(0L);
        long demandsBefore = iitDemands.get();
        demands.fileAsEnterprise("POLICY", "政策兑现进度咨询(监测测试)", "济南市测试路1号", TestItems.enterprise(uscc));
        assertThat(iitDemands.get()).isEqualTo(demandsBefore + 1);
    }

    @Autowired
    org.jiqitong.dormancy.Dormancy dormancy;
    @Autowired
    org.jiqitong.demand.Demands demands;

    private List<Object> iit(List<Table> delivery) {
        return table(delivery, "deliveryByDepartment").rows().stream()
                .filter(r -> ((Bilingual) r.get(0)).zh().equals("市工业和信息化局")).findFirst()
                .orElse(Table.row(Bilingual.zh("市工业和信息化局"), 0L, 0L, 0L, 0L, 0L, null, null, 0L));
    }

    private ApplicationView ready(ItemVersionView item) {
        String uscc = TestUsccs.next();
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, "济南监测兑付测试有限公司"));
        CurrentUser me = TestItems.enterprise(uscc);
        ApplicationView a = redemption.start(item.itemId(), me);
        redemption.saveDraft(a.id(), Map.of("contact_person", "王会计", "contact_phone", "0531-12345678"), me);
        materials.attach(a.id(), "营业执照", "license.pdf", new ByteArrayInputStream(
                "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)), me);
        redemption.submit(a.id(), true, me);
        intake.accept(a.id(), false, "奖补类", TestItems.staff("clerk", Role.CLERK, "SERVICE"));
        review.approve(a.id(), 1_000_000L, null, TestItems.staff("reviewer", Role.REVIEWER, "IIT"));
        redemption.confirmBank(a.id(), "济南监测兑付测试有限公司", "中国工商银行济南分行", "6222 0216 0200 1234 567", me);
        notices.closeNotices(supervision.today().plusDays(30));
        return redemption.get(a.id(), me);
    }

    @Test
    void anAdministratorRecordsATargetAndReadsItsProgress() {
        LocalDate today = ChinaTime.today(clock);
        assertThatThrownBy(() -> targets.record("x", Targets.RECORDED, 10L, "套", today, today, "住建局", ADMIN))
                .hasMessageContaining("截止日期应晚于起始日期");
        assertThatThrownBy(() -> targets.record("x", "GUESS", 10L, "套", today, today.plusDays(1), "住建局", ADMIN))
                .hasMessageContaining("衡量方式");
        assertThatThrownBy(() -> targets.record("x", Targets.RECORDED, 10L, "套", today, today.plusDays(1), "x", SUPERVISOR))
                .isInstanceOf(MonitoringNotFoundException.class);
        long id = targets.record("人才公寓(监测测试)", Targets.RECORDED, 1000L, "套", today.minusDays(100), today.plusDays(100),
                "市住房和城乡建设局", ADMIN);
        Target fresh = targets.all().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        assertThat(fresh.current()).isNull();
        assertThat(fresh.onTrack()).isNull();
        assertThatThrownBy(() -> targets.reading(id, today.plusDays(1), 5L, ADMIN)).hasMessageContaining("不能晚于今天");
        targets.reading(id, today, 600L, ADMIN);
        Target t = targets.all().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        assertThat(t.current()).isEqualTo(600L);
        assertThat(t.reached()).isEqualTo(0.6);
        assertThat(t.expectedByToday()).isEqualTo(500L);
        assertThat(t.onTrack()).isTrue();
        targets.reading(id, today, 400L, ADMIN);
        assertThat(targets.all().stream().filter(x -> x.id() == id).findFirst().orElseThrow().onTrack()).isFalse();
    }

    /** Waits until the live reach per department reads the same twice a second apart (at most 30 s). */
    private void settledReach(String half) throws InterruptedException {
        String before = "";
        for (int i = 0; i < 30; i++) {
            String now = dashboards.all(DashboardFilter.half(half), SUPERVISOR).stream()
                    .filter(t -> t.key().equals("deliveryByDepartment")).findFirst().orElseThrow().toString();
            if (now.equals(before)) {
                return;
            }
            before = now;
            Thread.sleep(1_000);
        }
    }

    @Test
    void theHalfYearlyReportIsAPdfWhoseTextHoldsTheDashboardsFiguresInAnEmbeddedChineseFont() throws Exception {
        boolean ci = System.getenv("CI") != null;
        boolean tools = Files.isExecutable(Path.of("/usr/bin/pdftotext")) && Files.isExecutable(Path.of("/usr/bin/pdffonts"));
        if (!tools && !ci) {
            org.junit.jupiter.api.Assumptions.abort("poppler-utils (pdftotext, pdffonts) not installed on this machine");
        }
        registry.refreshSummaries();
        LocalDate today = ChinaTime.today(clock);
        String half = today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
        assertThatThrownBy(() -> reports.generate(half, TestItems.staff("reviewer", Role.REVIEWER, "IIT")))
                .isInstanceOf(MonitoringNotFoundException.class);
        assertThatThrownBy(() -> reports.generate("2026-H3", SUPERVISOR)).hasMessageContaining("2026-H1");
        settledReach(half); // the delivery table's first figure is the live reach: earlier tests' re-matches settle
        long id = reports.generate(half, SUPERVISOR);
        var row = reports.get(id, SUPERVISOR);
        jobs.await(row.jobId(), java.time.Duration.ofSeconds(120));
        row = reports.get(id, SUPERVISOR);
        assertThat(row.state()).as(String.valueOf(row.failure())).isEqualTo("DONE");
        byte[] pdf = reports.pdf(id, SUPERVISOR);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path file = Files.createTempFile("report-", ".pdf");
        Files.write(file, pdf);
        String text = run("pdftotext", file.toString(), "-");
        String flat = text.replaceAll("\\s+", "");
        String fonts = run("pdffonts", file.toString());
        assertThat(flat).contains("济南市民营经济监测与政策落实评估报告(" + half + ")", "目标进度", "政策兑现(按部门)");
        // the dashboards' own figures for the same half-year, as the page shows them
        var views = dashboards.all(DashboardFilter.half(half), SUPERVISOR).stream()
                .map(t -> org.jiqitong.monitoring.internal.TableView.of(t, messages, java.util.Locale.SIMPLIFIED_CHINESE)).toList();
        for (String key : List.of("bySTATUS", "byDISTRICT", "qualifications", "deliveryByDepartment")) {
            var v = views.stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
            for (List<String> cells : v.cells()) {
                assertThat(flat).as(key + " " + cells).contains(cells.get(0).replaceAll("\\s+", ""))
                        .contains(cells.get(1).replaceAll("\\s+", ""));
            }
        }
        assertThat(fonts).as("the Chinese font is embedded (no tofu)").containsPattern("(?m)^\\S+\\s+CID TrueType.*yes\\s+yes");
        // a font that is not embedded can only be a standard one in WinAnsi, which cannot hold a Chinese character:
        // all Chinese text is in the embedded CID font
        fonts.lines().filter(l -> l.matches(".*\\sno\\s+no\\s+no\\s.*"))
                .forEach(l -> assertThat(l).as("unembedded font").contains("WinAnsi"));
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    @Test
    void theTablesAreJsonForStaffAndTheOpenDataSubsetForEveryone() {
        var open = Http.anonymous(port).get("/api/v1/open-data/bySTATUS?district=370112");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains("\"key\":\"bySTATUS\"", "\"summariesAsOf\"", "存续");
        assertThat(Http.anonymous(port).get("/api/v1/open-data/deliveryByDepartment").statusCode()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/api/v1/dashboards/deliveryByDepartment").statusCode()).isEqualTo(401);
        assertThat(Http.basic(port, "ent1", "jiqitong-demo").get("/api/v1/dashboards/deliveryByDepartment").statusCode())
                .isEqualTo(404);
        var staff = Http.basic(port, "supervisor", "jiqitong-demo").get("/api/v1/dashboards/deliveryByDepartment");
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("兑付金额(元)");
        assertThat(Http.basic(port, "supervisor", "jiqitong-demo").get("/api/v1/dashboards/byStatus").statusCode())
                .as("an unknown table").isEqualTo(404);
    }

    @Test
    void theProcurementCheckAnswersPerLineOverHttpAndOnlyToStaff() throws Exception {
        String body = "{\"thresholdYuan\":1000000,\"lines\":[{\"id\":\"G1\",\"category\":\"GOODS\",\"budgetYuan\":2000000,"
                + "\"suitableForSme\":true,\"reservedYuan\":2000000,\"reservedSmallMicroYuan\":0},"
                + "{\"id\":\"W1\",\"category\":\"WORKS\",\"budgetYuan\":5000000,\"suitableForSme\":true,\"reservedYuan\":1500000,"
                + "\"reservedSmallMicroYuan\":800000},{\"id\":\"S1\",\"category\":\"SERVICES\",\"budgetYuan\":999999.99,"
                + "\"suitableForSme\":true,\"reservedYuan\":0,\"reservedSmallMicroYuan\":0}]}";
        var ok = Http.basic(port, "reviewer", "jiqitong-demo").postJson("/api/v1/procurement/check", body);
        assertThat(ok.statusCode()).isEqualTo(200);
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(ok.body()).get("lines");
        assertThat(json.get(0).get("verdict").asString()).isEqualTo("PASS");
        assertThat(json.get(1).get("verdict").asString()).isEqualTo("FAIL");
        assertThat(json.get(1).get("reasons").get(1).asString()).contains("不满足", "60%");
        assertThat(json.get(2).get("verdict").asString()).isEqualTo("OUT_OF_SCOPE");
        assertThat(Http.basic(port, "ent1", "jiqitong-demo").postJson("/api/v1/procurement/check", body).statusCode())
                .isEqualTo(404);
        var bad = Http.basic(port, "reviewer", "jiqitong-demo").postJson("/api/v1/procurement/check",
                "{\"thresholdYuan\":1000000,\"lines\":[{\"id\":\"X9\",\"category\":\"FOOD\",\"budgetYuan\":1,"
                        + "\"suitableForSme\":true}]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("X9", "category");
    }
}
