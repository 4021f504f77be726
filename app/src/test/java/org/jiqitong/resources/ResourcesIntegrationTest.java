package org.jiqitong.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.supervision.Supervision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 政府资源库 on a real database over real HTTP: four-eyes publishing with checked conditions and test cases; a need
 * matched with a fit per constraint, routed on a supervised clock and answered; twenty parallel requests for one
 * facility slot make one booking (the database's exclusion constraint); a commissioner acts only for its own
 * enterprises and only with a live authorisation. Bad input is refused by its field and stores nothing.
 */
class ResourcesIntegrationTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CurrentUser SCI_A = TestItems.staff("sci-officer-a", Role.POLICY_OFFICER, "SCI");
    private static final CurrentUser SCI_B = TestItems.staff("sci-officer-b", Role.POLICY_OFFICER, "SCI");
    private static final String PASSWORD = "jiqitong-demo";

    @Autowired
    Resources resources;
    @Autowired
    Needs needs;
    @Autowired
    Bookings bookings;
    @Autowired
    Commissioners commissioners;
    @Autowired
    Supervision supervision;
    @Autowired
    Registry registry;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.jiqitong.notification.Notifications notifications;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String token(String username) throws Exception {
        var issued = Http.basic(port, username, PASSWORD).postJson("/api/v1/tokens", "{\"name\":\"预约并发测试\"}");
        assertThat(issued.statusCode()).isEqualTo(201);
        return JSON.readTree(issued.body()).get("token").asString();
    }

    private static Terms land(String mu) {
        return new Terms(mu == null ? null : new BigDecimal(mu), null, null, null, null, null, null, SupplyMode.FLEXIBLE_TERM,
                List.of(), null, null, null, null, List.of());
    }

    private static NewResource landResource(String title, String mu, String condition, String fixtures) {
        return new NewResource(ResourceKind.LAND, title, "370124", List.of("C"), "测试地块", land(mu), Map.of("use", "工业"),
                condition, fixtures, true);
    }

    @Test
    void aResourceIsPublishedByASecondOfficerOnlyWhenCompleteAndItsTestCasesPass() throws Exception {
        assertThatThrownBy(() -> resources.create(landResource("负面积地块", "-3", null, null), SCI_A))
                .isInstanceOf(ResourcesBadInputException.class).hasMessageContaining("面积(亩)");
        assertThatThrownBy(() -> resources.create(new NewResource(ResourceKind.LAND, "x", "999999", List.of(), "", land("3"),
                Map.of(), null, null, true), SCI_A)).hasMessageContaining("不是济南市的区县代码");
        assertThatThrownBy(() -> resources.create(landResource("坏条件", "3", "{\"attr\":\"no_such\",\"op\":\"eq\",\"value\":1}",
                null), SCI_A)).isInstanceOf(ResourcesBadInputException.class).hasMessageContaining("使用条件");

        ResourceView draft = resources.create(landResource("平阴县测试地块", null, null, null), SCI_A);
        assertThatThrownBy(() -> resources.submit(draft.id(), SCI_A)).hasMessageContaining("“面积(亩)”:发布前须填写");
        String condition = "{\"attr\":\"qualifications\",\"op\":\"has\",\"values\":[\"HIGH_TECH\"],\"wording\":\"高新技术企业\","
                + "\"cite\":{\"doc\":\"测试\",\"clause\":\"1\"}}";
        String wrong = "[{\"name\":\"无资质\",\"asOf\":\"2026-11-25\",\"facts\":{\"qualifications\":[]},\"verdict\":\"ELIGIBLE\"}]";
        resources.update(draft.id(), landResource("平阴县测试地块", "12.5", condition, wrong), SCI_A);
        assertThatThrownBy(() -> resources.submit(draft.id(), SCI_A)).hasMessageContaining("测试用例").hasMessageContaining("无资质");
        String right = wrong.replace("\"ELIGIBLE\"", "\"INELIGIBLE\"");
        resources.update(draft.id(), landResource("平阴县测试地块", "12.5", condition, right), SCI_A);
        assertThat(resources.submit(draft.id(), SCI_A).status()).isEqualTo(ResourceStatus.SUBMITTED);
        assertThatThrownBy(() -> resources.publish(draft.id(), SCI_A)).hasMessageContaining("四眼原则");
        assertThatThrownBy(() -> resources.publish(draft.id(), TestItems.OFFICER)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> resources.get(draft.id(), null)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(resources.publish(draft.id(), SCI_B).status()).isEqualTo(ResourceStatus.PUBLISHED);

        var page = Http.anonymous(port).get("/api/v1/resources?kind=LAND&district=370124&q=%E5%B9%B3%E9%98%B4%E5%8E%BF%E6%B5%8B%E8%AF%95");
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode items = JSON.readTree(page.body()).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asLong()).isEqualTo(draft.id());
        assertThat(Http.anonymous(port).get("/api/v1/resources?kind=CASTLE").statusCode()).isEqualTo(400);
        // who may use it, explained for one entity
        var facts = resources.facts(new org.jiqitong.shared.Uscc(DemoRegistry.ENTERPRISE_USCCS.get(2))).orElseThrow();
        var e = resources.eligibility(resources.get(draft.id(), null), facts);
        assertThat(e.verdict()).isEqualTo(org.jiqitong.rules.eval.Verdict.INELIGIBLE);
        assertThat(e.explanations()).extracting(x -> x.wording()).containsExactly("高新技术企业");
    }

    @Test
    void aSpaceNeedIsMatchedWithItsFitRoutedOnAClockAndAnsweredByTheDepartment() throws Exception {
        Http ent1 = Http.basic(port, "ent1", PASSWORD);
        long before = count("SELECT count(*) FROM resources_need");
        var bad = ent1.postJson("/api/v1/needs", "{\"kind\":\"SPACE\",\"areaM2\":-5,\"districts\":[\"370112\"],\"description\":\"厂房\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("空间面积(m²)");
        assertThat(ent1.postJson("/api/v1/needs", "{\"kind\":\"SPACE\",\"areaM2\":2000,\"districts\":[\"999999\"],"
                + "\"description\":\"厂房\"}").body()).contains("意向区县");
        assertThat(count("SELECT count(*) FROM resources_need")).as("nothing stored").isEqualTo(before);

        var created = ent1.postJson("/api/v1/needs", "{\"kind\":\"SPACE\",\"areaM2\":2000,\"districts\":[\"370112\"],"
                + "\"description\":\"扩产需要标准厂房\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        JsonNode matches = JSON.readTree(ent1.get("/api/v1/needs/" + id + "/matches").body());
        JsonNode first = matches.get(0);
        assertThat(first.get("verdict").asString()).isEqualTo("ELIGIBLE");
        assertThat(first.get("resourceId").asLong()).isPositive();
        List<String> constraints = new ArrayList<>();
        first.get("fit").forEach(f -> {
            constraints.add(f.get("constraint").asString());
            assertThat(f.get("met").asBoolean()).isTrue();
            assertThat(f.get("detail").asString()).isNotBlank();
        });
        assertThat(constraints).contains("面积(±20%)", "区县");
        // ranked: every fully fitting one before any that misses a constraint
        boolean missed = false;
        for (JsonNode m : matches) {
            boolean all = true;
            for (JsonNode f : m.get("fit")) {
                all &= f.get("met").asBoolean();
            }
            assertThat(all && missed).as("a full fit after a partial one").isFalse();
            missed |= !all;
        }

        NeedView need = needs.get(id, TestItems.enterprise(DemoRegistry.ENTERPRISE_USCCS.get(0)));
        assertThat(need.routes()).isNotEmpty();
        NeedView.Route route = need.routes().stream().filter(r -> r.departmentCode().equals("IIT")).findFirst().orElseThrow();
        LocalDate today = ChinaTime.today(clock);
        assertThat(route.dueOn()).isEqualTo(supervision.calendar().addWorkingDays(today, 3));
        assertThat(Http.basic(port, "ent2", PASSWORD).get("/api/v1/needs/" + id).statusCode()).isEqualTo(404);
        assertThat(Http.basic(port, "reviewer-sci", PASSWORD).get("/api/v1/needs/" + id).statusCode()).isEqualTo(404);

        assertThatThrownBy(() -> needs.respond(route.id(), " ", TestItems.OFFICER)).hasMessageContaining("请填写答复内容");
        needs.respond(route.id(), "可提供历城区 3 号标准厂房,联系 0531-00000000", TestItems.OFFICER);
        assertThatThrownBy(() -> needs.respond(route.id(), "again", TestItems.OFFICER2)).hasMessageContaining("已经答复过了");
        assertThat(supervision.clock(Needs.SUBJECT, route.id(), "RESPOND").orElseThrow().finishedAt()).isNotNull();
        assertThat(ent1.get("/api/v1/needs/" + id).body()).contains("可提供历城区 3 号标准厂房");
    }

    @Test
    void twentyParallelRequestsForOneSlotMakeOneBookingAndTheSlotIsNoLongerFree() throws Exception {
        ResourceView f = resources.create(new NewResource(ResourceKind.FACILITY, "并发测试显微镜", "370102", List.of(), "",
                new Terms(null, null, null, null, null, null, null, null, List.of(), null, LocalTime.of(9, 0),
                        LocalTime.of(17, 0), 60, List.of()), Map.of(), null, null, true), SCI_A);
        resources.submit(f.id(), SCI_A);
        resources.publish(f.id(), SCI_B);
        LocalDate day = supervision.calendar().addWorkingDays(ChinaTime.today(clock), 2);
        OffsetDateTime start = day.atTime(10, 0).atZone(ChinaTime.ZONE).toOffsetDateTime();
        String body = "{\"start\":\"" + start + "\",\"end\":\"" + start.plusHours(1) + "\"}";
        // as API clients call: personal tokens (HTTP Basic would meet the sign-in throttle's five concurrent checks)
        String[] tokens = {token("ent1"), token("ent2")};
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String token = tokens[i % 2];
            results.add(pool.submit((Callable<Integer>) () -> Http.bearer(port, token)
                    .postJson("/api/v1/resources/" + f.id() + "/bookings", body).statusCode()));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> r : results) {
            codes.add(r.get());
        }
        pool.shutdown();
        assertThat(codes).as(codes.toString()).filteredOn(c -> c == 201).hasSize(1);
        assertThat(codes).as(codes.toString()).filteredOn(c -> c == 409).hasSize(19);
        assertThat(count("SELECT count(*) FROM resources_booking WHERE resource_id = " + f.id())).isEqualTo(1);

        var overlap = Http.basic(port, "ent2", PASSWORD).postJson("/api/v1/resources/" + f.id() + "/bookings",
                "{\"start\":\"" + start.plusMinutes(30) + "\",\"end\":\"" + start.plusMinutes(90) + "\"}");
        assertThat(overlap.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(overlap.body()).get("detail").asString()).contains("该时段已被预约");
        var slots = JSON.readTree(Http.anonymous(port).get("/api/v1/resources/" + f.id() + "/slots?date=" + day).body());
        List<String> starts = new ArrayList<>();
        slots.forEach(s -> starts.add(s.get("start").asString()));
        assertThat(starts.stream().map(x -> OffsetDateTime.parse(x).toInstant())).hasSize(7)
                .doesNotContain(start.toInstant()).contains(start.plusHours(1).toInstant());
        assertThat(starts.get(0)).isEqualTo(day + "T09:00:00+08:00");

        CurrentUser ent3 = TestItems.enterprise(DemoRegistry.ENTERPRISE_USCCS.get(2));
        assertThatThrownBy(() -> bookings.book(f.id(), start.withHour(8), start.withHour(9), null, ent3))
                .hasMessageContaining("超出开放时间");
        assertThatThrownBy(() -> bookings.book(f.id(), start.withHour(16), start.withHour(18), null, ent3))
                .hasMessageContaining("超出开放时间");
        LocalDate sunday = day.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
        OffsetDateTime onSunday = sunday.atTime(10, 0).atZone(ChinaTime.ZONE).toOffsetDateTime();
        assertThatThrownBy(() -> bookings.book(f.id(), onSunday, onSunday.plusHours(1), null, ent3))
                .hasMessageContaining("不是工作日");
        assertThatThrownBy(() -> bookings.book(f.id(), start.plusHours(3), start.plusHours(2), null, ent3))
                .hasMessageContaining("结束时间应晚于开始时间");
        assertThat(bookings.slots(f.id(), sunday)).isEmpty();

        // the facility's department decides; nobody else can
        long won = jdbc.sql("SELECT id FROM resources_booking WHERE resource_id = ?").param(f.id()).query(Long.class).single();
        String holder = jdbc.sql("SELECT uscc FROM resources_booking WHERE id = ?").param(won).query(String.class).single();
        assertThatThrownBy(() -> bookings.approve(won, TestItems.staff("reviewer", Role.REVIEWER, "IIT")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> bookings.cancel(won, ent3)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(bookings.approve(won, SCI_B).status()).isEqualTo(BookingStatus.APPROVED);
        assertThatThrownBy(() -> bookings.approve(won, SCI_A)).hasMessageContaining("只有待确认的预约可以同意");
        assertThat(bookings.cancel(won, TestItems.enterprise(holder)).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(bookings.slots(f.id(), day)).as("a cancelled booking frees its slot").hasSize(8);
        assertThat(count("SELECT count(*) FROM resources_audit WHERE subject = 'BOOKING' AND subject_id = " + won))
                .as("request, approve, cancel").isEqualTo(3);
    }

    @Test
    void aNewlyPublishedResourceTellsTheEnterpriseWhoseOpenNeedItFitsOnce() {
        String uscc = TestUsccs.next();
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, "济南找地测试有限公司"));
        CurrentUser me = TestItems.enterprise(uscc);
        NeedView need = needs.state(new NewNeed(NeedKind.LAND, new BigDecimal("40"), null, null, null, List.of("370126"), null,
                null, "新建生产基地"), me);
        assertThat(need.routes()).extracting(NeedView.Route::departmentCode).as("no land fits yet: the kind's department")
                .contains("NRP");
        ResourceView far = resources.create(new NewResource(ResourceKind.LAND, "商河县 80 亩地块(推送测试)", "370126", List.of(), "",
                land("80"), Map.of(), null, null, true), SCI_A);
        ResourceView near = resources.create(new NewResource(ResourceKind.LAND, "商河县 42 亩地块(推送测试)", "370126", List.of(),
                "", land("42"), Map.of(), null, null, true), SCI_A);
        for (ResourceView r : List.of(far, near)) {
            resources.submit(r.id(), SCI_A);
            resources.publish(r.id(), SCI_B);
        }
        // the listener tells it after the commit; the test does not wait on the shared event executor's backlog, but
        // runs the same step itself: whichever comes first tells the enterprise, the other finds it told
        needs.pushFor(near.id());
        needs.pushFor(far.id());
        var uscc1 = new org.jiqitong.shared.Uscc(uscc);
        assertThat(notifications.inbox(uscc1, 0, 20).items()).filteredOn(m -> m.title().contains("符合您的需求"))
                .extracting(m -> m.title()).containsExactly("有新的项目用地符合您的需求:商河县 42 亩地块(推送测试)");
        assertThat(count("SELECT count(*) FROM resources_push WHERE need_id = " + need.id())).as("only the one that fits")
                .isEqualTo(1);
        assertThat(needs.pushFor(near.id())).as("told once").isZero();
    }

    @Test
    void aCommissionerSeesOnlyItsEnterprisesAndActsOnlyWithALiveAuthorisation() {
        String uscc = TestUsccs.next();
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, "济南专员测试有限公司"));
        CurrentUser admin = TestItems.staff("admin", Role.ADMIN, null);
        CurrentUser one = TestItems.staff("commissioner", Role.COMMISSIONER, "SERVICE");
        CurrentUser two = TestItems.staff("commissioner2", Role.COMMISSIONER, "SERVICE");
        CurrentUser me = TestItems.enterprise(uscc);
        assertThatThrownBy(() -> commissioners.assign(uscc, "reviewer", null, admin)).hasMessageContaining("没有这个服务专员账户");
        assertThatThrownBy(() -> commissioners.assign(uscc, "commissioner", null, one)).isInstanceOf(ResourceNotFoundException.class);
        commissioners.assign(uscc, "commissioner", "重点企业", admin);
        assertThat(commissioners.workbench(uscc, one).entity().name()).isEqualTo("济南专员测试有限公司");
        assertThatThrownBy(() -> commissioners.workbench(uscc, two)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> commissioners.workbench("not-a-uscc", one)).isInstanceOf(ResourceNotFoundException.class);

        NewNeed land = new NewNeed(NeedKind.LAND, new BigDecimal("30"), null, null, null, List.of("370124"), null, null, "新建厂区");
        assertThatThrownBy(() -> commissioners.draftNeed(uscc, land, one)).hasMessageContaining("尚未授权");
        LocalDate today = ChinaTime.today(clock);
        assertThatThrownBy(() -> commissioners.authorise(today.plusYears(2), me)).hasMessageContaining("授权期限");
        commissioners.authorise(today.plusMonths(3), me);
        assertThatThrownBy(() -> commissioners.draftNeed(uscc, land, two)).isInstanceOf(ResourceNotFoundException.class);
        NeedView drafted = commissioners.draftNeed(uscc, land, one);
        assertThat(drafted.status()).isEqualTo(NeedStatus.DRAFT);
        assertThat(drafted.draftedByCommissioner()).isTrue();
        assertThat(drafted.routes()).as("not routed before the enterprise confirms").isEmpty();
        NeedView confirmed = needs.confirm(drafted.id(), me);
        assertThat(confirmed.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(confirmed.routes()).isNotEmpty();

        long authorisation = commissioners.mineAsEnterprise(me).authorisations().get(0).id();
        commissioners.revoke(authorisation, me);
        assertThatThrownBy(() -> commissioners.draftNeed(uscc, land, one)).hasMessageContaining("尚未授权");
        assertThatThrownBy(() -> commissioners.revoke(authorisation, me)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(count("SELECT count(*) FROM resources_audit WHERE uscc = '" + uscc + "'"))
                .as("assign, authorise, draft, confirm, revoke").isGreaterThanOrEqualTo(5);
    }
}
