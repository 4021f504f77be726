package org.jiqitong.dormancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.EntityStatus;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Uscc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 休眠 on a real database: who may apply is the rule engine's verdict with its reasons; the AMR registers and the
 * registry shows 休眠 from the source DORMANCY; the public list shows the term and service address; early recovery and
 * the nightly end of a term bring 存续 back; every bad request is refused with its rule and stores nothing.
 */
class DormancyIntegrationTest extends IntegrationTest {

    private static final CurrentUser AMR = TestItems.staff("licensing", Role.REVIEWER, "AMR");
    private static final CurrentUser IIT = TestItems.staff("reviewer", Role.REVIEWER, "IIT");

    @Autowired
    Dormancy dormancy;
    @Autowired
    Registry registry;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.jiqitong.notification.Notifications notifications;

    private String entity(String line) {
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", line);
        return line.substring(0, 18);
    }

    private NewDormancy term(LocalDate start, LocalDate end) {
        return new NewDormancy(start, end, "济南市历下区送达路1号", "王经理 0531-00000000", "订单减少,暂停经营", true, true);
    }

    private EntityStatus status(String uscc) {
        return registry.profile(Uscc.parse(uscc)).orElseThrow().status();
    }

    @Test
    void anEnterpriseAppliesTheAmrRegistersAndTheRegistryAndThePublicListFollowUntilItRecovers() {
        String uscc = entity(TestItems.entityLine(TestUsccs.next(), "济南休眠测试有限公司"));
        CurrentUser me = TestItems.enterprise(uscc);
        LocalDate today = ChinaTime.today(clock);
        assertThatThrownBy(() -> dormancy.apply(term(today.minusDays(1), today.plusMonths(6)), me))
                .hasMessageContaining("不能早于今天");
        assertThatThrownBy(() -> dormancy.apply(term(today, today.plusYears(2)), me)).hasMessageContaining("不得超过2年");
        assertThatThrownBy(() -> dormancy.apply(new NewDormancy(today, today.plusMonths(6), " ", "x", "x", true, true), me))
                .hasMessageContaining("送达地址");
        assertThatThrownBy(() -> dormancy.apply(new NewDormancy(today, today.plusMonths(6), "a", "b", "c", true, false), me))
                .hasMessageContaining("承诺");
        assertThat(dormancy.episodes(uscc, me)).as("refusals store nothing").isEmpty();

        EpisodeView applied = dormancy.apply(term(today, today.plusMonths(6)), me);
        assertThat(applied.status()).isEqualTo(DormancyStatus.APPLIED);
        assertThat(applied.receiptNo()).startsWith("JQTD");
        assertThatThrownBy(() -> dormancy.apply(term(today, today.plusMonths(3)), me)).hasMessageContaining("不能再次申请");
        assertThatThrownBy(() -> dormancy.register(applied.id(), IIT)).isInstanceOf(DormancyNotFoundException.class);
        assertThat(dormancy.queue(AMR)).extracting(EpisodeView::id).contains(applied.id());

        dormancy.register(applied.id(), AMR);
        assertThat(status(uscc)).isEqualTo(EntityStatus.DORMANT);
        var profile = registry.profile(Uscc.parse(uscc)).orElseThrow();
        assertThat(profile.from().source()).as("provenance").isEqualTo("DORMANCY");
        assertThat(dormancy.publicList(0, 100).items()).anySatisfy(p -> {
            assertThat(p.uscc()).isEqualTo(uscc);
            assertThat(p.serviceAddress()).isEqualTo("济南市历下区送达路1号");
            assertThat(p.end()).isEqualTo(today.plusMonths(6));
        });
        assertThatThrownBy(() -> dormancy.register(applied.id(), AMR)).hasMessageContaining("只有待备案");

        // while dormant, "住所无法联系" does not put it on the 经营异常名录: that row is refused, another reason is not
        String csv = "uscc,qualification,level,valid_from,valid_to,reason\n" + uscc + ",经营异常名录,," + today
                + ",,通过登记的住所无法联系\n";
        var refused = registry.importFeed(new org.jiqitong.registry.ImportRequest(Feed.QUALIFICATIONS, "AMR",
                org.jiqitong.registry.ImportRequest.Channel.API, "abnormal.csv", "test"),
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
        assertThat(refused.rejected()).isEqualTo(1);
        assertThat(refused.errors().get(0).message()).contains("休眠期", "十条措施 二");
        assertThat(refused.errors().get(0).column()).isEqualTo("reason");
        assertThat(registry.profile(Uscc.parse(uscc)).orElseThrow().qualifications()).isEmpty();

        EpisodeView recovered = dormancy.recover(me);
        assertThat(recovered.status()).isEqualTo(DormancyStatus.RECOVERED);
        assertThat(recovered.endedOn()).isEqualTo(today);
        assertThat(status(uscc)).isEqualTo(EntityStatus.ACTIVE);
        assertThat(dormancy.publicList(0, 100).items()).noneMatch(p -> p.uscc().equals(uscc));
        assertThatThrownBy(() -> dormancy.recover(me)).hasMessageContaining("不在休眠中");
        assertThatThrownBy(() -> dormancy.episodes(uscc, TestItems.enterprise(TestUsccs.next())))
                .isInstanceOf(DormancyNotFoundException.class);
    }

    @Test
    void theNightlyJobRecoversATermThatRanOut() {
        String uscc = entity(TestItems.entityLine(TestUsccs.next(), "济南期满测试有限公司"));
        CurrentUser me = TestItems.enterprise(uscc);
        LocalDate today = ChinaTime.today(clock);
        EpisodeView e = dormancy.apply(term(today, today.plusDays(40)), me);
        dormancy.register(e.id(), AMR);
        assertThat(status(uscc)).isEqualTo(EntityStatus.DORMANT);
        // reminders 30 and 7 days before the end, once each, from the nightly job run for those days
        dormancy.nightly(today.plusDays(10));
        dormancy.nightly(today.plusDays(10));
        dormancy.nightly(today.plusDays(33));
        var reminders = notifications.inbox(Uscc.parse(uscc), 0, 50).items().stream()
                .filter(m -> m.title().startsWith("休眠期")).toList();
        assertThat(reminders).extracting(m -> m.title()).containsOnly("休眠期将于 " + today.plusDays(40) + " 届满").hasSize(2);
        dormancy.nightly(today.plusDays(40));
        assertThat(dormancy.episodes(uscc, me).get(0).status()).as("not before its end").isEqualTo(DormancyStatus.REGISTERED);
        assertThat(dormancy.nightly(today.plusDays(41))).isGreaterThanOrEqualTo(1);
        EpisodeView ended = dormancy.episodes(uscc, me).get(0);
        assertThat(ended.status()).isEqualTo(DormancyStatus.EXPIRED);
        assertThat(ended.endedOn()).isEqualTo(today.plusDays(41));
        assertThat(status(uscc)).isEqualTo(EntityStatus.ACTIVE);
    }

    @Test
    void theAmrEndsAMaliciousDormancyWithItsReasonAndTheHistoryShowsIt() {
        String uscc = entity(TestItems.entityLine(TestUsccs.next(), "济南恶意休眠测试有限公司"));
        CurrentUser me = TestItems.enterprise(uscc);
        LocalDate today = ChinaTime.today(clock);
        EpisodeView e = dormancy.apply(term(today, today.plusMonths(3)), me);
        dormancy.register(e.id(), AMR);
        assertThatThrownBy(() -> dormancy.endAsMalicious(e.id(), " ", AMR)).hasMessageContaining("理由与证据");
        assertThatThrownBy(() -> dormancy.endAsMalicious(e.id(), "休眠期间仍在经营", IIT))
                .isInstanceOf(DormancyNotFoundException.class);
        EpisodeView ended = dormancy.endAsMalicious(e.id(), "休眠期间仍对外经营(现场检查笔录 2026-12-01)", AMR);
        assertThat(ended.status()).isEqualTo(DormancyStatus.ENDED_MALICIOUS);
        assertThat(ended.decisionNote()).contains("现场检查笔录");
        assertThat(status(uscc)).isEqualTo(EntityStatus.ACTIVE);
        assertThatThrownBy(() -> dormancy.extend(today.plusMonths(4), me)).hasMessageContaining("只有休眠中");
    }

    @Test
    void aListedEntityOrABranchIsRefusedWithTheRuleEnginesReasons() {
        String listed = entity(TestItems.entityLine(TestUsccs.next(), "济南上市测试股份有限公司").replace(",false,", ",true,"));
        LocalDate today = ChinaTime.today(clock);
        assertThatThrownBy(() -> dormancy.apply(term(today, today.plusMonths(6)), TestItems.enterprise(listed)))
                .hasMessageContaining("不适用休眠").hasMessageContaining("非上市、挂牌公司");
        String branch = entity(TestItems.entityLine(TestUsccs.next(), "济南测试有限公司历下分公司").replace(",有限责任公司,", ",BRANCH,"));
        assertThatThrownBy(() -> dormancy.apply(term(today, today.plusMonths(6)), TestItems.enterprise(branch)))
                .hasMessageContaining("不属于不适用休眠的主体类型");
    }

    @Test
    void anAdministratorSavesANewVersionOfTheRulesAndABadValueIsRefusedByName() {
        CurrentUser admin = TestItems.staff("admin", Role.ADMIN, null);
        int before = dormancy.rules().version();
        assertThatThrownBy(() -> dormancy.saveRules(0, 1096, 30, true, java.util.List.of(), java.util.List.of(), admin))
                .hasMessageContaining("1至10年");
        assertThatThrownBy(() -> dormancy.saveRules(2, 1096, 30, true, java.util.List.of("NO_SUCH"), java.util.List.of(),
                admin)).hasMessageContaining("没有这种主体类型");
        assertThatThrownBy(() -> dormancy.saveRules(2, 1096, 30, true, java.util.List.of(), java.util.List.of("HIGH_TECH"),
                admin)).hasMessageContaining("没有这种信用标记");
        assertThatThrownBy(() -> dormancy.saveRules(2, 1096, 30, true, java.util.List.of(), java.util.List.of(), AMR))
                .isInstanceOf(DormancyNotFoundException.class);
        assertThat(dormancy.rules().version()).as("refusals store nothing").isEqualTo(before);
        DormancyRules saved = dormancy.saveRules(2, 1096, 30, true, java.util.List.of("分公司", "INDIVIDUAL_BUSINESS"),
                java.util.List.of("ABNORMAL_OPERATION", "SERIOUS_DISHONESTY"), admin);
        assertThat(saved.version()).isEqualTo(before + 1);
        assertThat(saved.excludedTypes()).containsExactly("BRANCH", "INDIVIDUAL_BUSINESS");
        assertThat(saved.terms()).isEqualTo(DormancyTerms.SEED);
    }
}
