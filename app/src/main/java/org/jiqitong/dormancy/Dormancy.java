package org.jiqitong.dormancy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jiqitong.dormancy.internal.Episodes;
import org.jiqitong.dormancy.internal.RegistryStatus;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.EntityStatus;
import org.jiqitong.registry.Registry;
import org.jiqitong.registry.RegistryCatalogue;
import org.jiqitong.rules.condition.ConditionChecker;
import org.jiqitong.rules.eval.Evaluation;
import org.jiqitong.rules.eval.Outcome;
import org.jiqitong.rules.eval.RowEvaluator;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Page;
import org.jiqitong.shared.Uscc;
import org.jiqitong.supervision.Supervision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 企业休眠: an enterprise applies (who may is the rule set's condition, evaluated by the rule engine with its
 * explanations; the dates by {@link DormancyTerms}); the AMR's reviewer registers (备案) or refuses on a supervised
 * clock; the registry's status becomes 休眠 on the start day (through a delivery from the source DORMANCY) and 存续
 * again on recovery, early or when the term runs out. Each step is the {@link Episode}'s, written with a
 * compare-and-set and its event; the registry follows after the step committed and the nightly job reconciles both.
 */
@Service
public class Dormancy {

    /** The department that registers dormancies (登记机关). */
    public static final String AMR = "AMR";
    static final String SUBJECT = "DORMANCY";

    private final Episodes episodes;
    private final RegistryStatus status;
    private final Registry registry;
    private final Supervision supervision;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int reviewDays;
    private final org.jiqitong.notification.Notifications notifications;

    Dormancy(Episodes episodes, RegistryStatus status, Registry registry, Supervision supervision, TransactionTemplate tx,
            Clock clock, @Value("${jiqitong.dormancy.review-days:3}") int reviewDays,
            org.jiqitong.notification.Notifications notifications) {
        this.notifications = notifications;
        this.episodes = episodes;
        this.status = status;
        this.registry = registry;
        this.supervision = supervision;
        this.tx = tx;
        this.clock = clock;
        this.reviewDays = reviewDays;
    }

    /** Dormancies registered by the month their term began, in [from, to) (the monitoring dashboards). */
    public java.util.Map<String, Long> startedByMonth(LocalDate from, LocalDate to) {
        return episodes.startedByMonth(from, to);
    }

    public DormancyRules rules() {
        return episodes.rules();
    }

    /** ADMIN saves a new version of the rule set; each bad value is refused by name, nothing stored. */
    public DormancyRules saveRules(int episodeYears, Integer cumulativeDays, int windowDays, boolean excludeListed,
            List<String> types, List<String> flags, CurrentUser admin) {
        if (!admin.is(Role.ADMIN)) {
            throw new DormancyNotFoundException();
        }
        if (episodeYears < 1 || episodeYears > 10) {
            throw new DormancyRefusedException("单次休眠期限应为1至10年");
        }
        if (cumulativeDays != null && (cumulativeDays < 1 || cumulativeDays > 7300)) {
            throw new DormancyRefusedException("累计上限应为1至7300日,或留空表示不限");
        }
        if (windowDays < 1 || windowDays > 365) {
            throw new DormancyRefusedException("延期申请期应为期满前1至365日");
        }
        for (String t : types) {
            if (org.jiqitong.registry.EntityType.parse(t).isEmpty()) {
                throw new DormancyRefusedException("没有这种主体类型:" + t);
            }
        }
        for (String f : flags) {
            if (org.jiqitong.registry.QualificationType.parse(f).filter(
                    org.jiqitong.registry.QualificationType::creditFlag).isEmpty()) {
                throw new DormancyRefusedException("没有这种信用标记:" + f);
            }
        }
        List<String> typeCodes = types.stream().map(t -> org.jiqitong.registry.EntityType.parse(t).orElseThrow().name())
                .distinct().toList();
        List<String> flagCodes = flags.stream().map(f -> org.jiqitong.registry.QualificationType.parse(f).orElseThrow()
                .name()).distinct().toList();
        episodes.saveRules(new DormancyRules(0, new DormancyTerms(episodeYears, cumulativeDays, windowDays),
                excludeListed, typeCodes, flagCodes), admin.getUsername());
        return episodes.rules();
    }

    /** The enterprise applies; refused with the rule and the fact, nothing stored. Returns the episode. */
    public EpisodeView apply(NewDormancy d, CurrentUser me) {
        String uscc = enterprise(me);
        LocalDate today = ChinaTime.today(clock);
        DormancyRules rules = episodes.rules();
        requireText(d.serviceAddress(), "请填写法律文书送达地址");
        requireText(d.contact(), "请填写联系人及电话");
        requireText(d.reason(), "请说明申请休眠的原因");
        if (!d.labourSettled() || !d.commitment()) {
            throw new DormancyRefusedException("请确认已妥善处理劳动关系,并签署休眠承诺");
        }
        Evaluation e = RowEvaluator.evaluate(new ConditionChecker(RegistryCatalogue.CATALOGUE).check(rules.condition()),
                registry.facts(Uscc.parse(uscc), today).orElseThrow(DormancyNotFoundException::new));
        if (e.verdict() != Verdict.ELIGIBLE) {
            throw new DormancyRefusedException("不适用休眠(十条措施 二):" + String.join(";", e.explanations().stream()
                    .filter(x -> x.outcome() != Outcome.MET).map(x -> x.text()).toList()));
        }
        List<EpisodeView> history = episodes.ofEntity(uscc);
        if (history.stream().anyMatch(h -> h.status() == DormancyStatus.APPLIED || h.status() == DormancyStatus.REGISTERED)) {
            throw new DormancyRefusedException("已有待备案或进行中的休眠,不能再次申请");
        }
        List<DormancyTerms.Term> earlier = history.stream().map(h -> episodes.aggregate(h).counted())
                .filter(Objects::nonNull).toList();
        rules.terms().refuseNew(new DormancyTerms.Term(d.start(), d.end()), today, earlier).ifPresent(why -> {
            throw new DormancyRefusedException(why);
        });
        return tx.execute(s -> {
            long id = episodes.insert(uscc, d, rules.version(), me.getUsername());
            episodes.event(id, "APPLY", d.start() + " 至 " + d.end(), me.getUsername());
            EpisodeView v = episodes.find(id).orElseThrow();
            supervision.start(SUBJECT, id, "REVIEW", AMR, "休眠备案 · " + v.entityName(), reviewDays, today);
            return v;
        });
    }

    /** The AMR's reviewer registers (备案): from the start day the registry shows 休眠. */
    public EpisodeView register(long id, CurrentUser reviewer) {
        EpisodeView v = reviewable(id, reviewer);
        step(v, Episode::register, "REGISTER", null, reviewer, () -> supervision.finish(SUBJECT, id, "REVIEW"));
        reconcile(v.uscc(), reviewer.getUsername());
        return episodes.find(id).orElseThrow();
    }

    /** The AMR's reviewer refuses with the reason the enterprise reads. */
    public EpisodeView refuse(long id, String reason, CurrentUser reviewer) {
        EpisodeView v = reviewable(id, reviewer);
        requireText(reason, "请填写不予备案的理由");
        step(v, Episode::refuse, "REFUSE", reason.strip(), reviewer, () -> supervision.finish(SUBJECT, id, "REVIEW"));
        return episodes.find(id).orElseThrow();
    }

    /** The enterprise recovers early: 存续 again from today. */
    public EpisodeView recover(CurrentUser me) {
        String uscc = enterprise(me);
        EpisodeView v = episodes.ofEntity(uscc).stream().filter(h -> h.status() == DormancyStatus.REGISTERED).findFirst()
                .orElseThrow(() -> new DormancyRefusedException("该企业不在休眠中,无需恢复"));
        LocalDate today = ChinaTime.today(clock);
        step(v, e -> e.recover(today), "RECOVER", "提前恢复正常经营", me);
        reconcile(uscc, me.getUsername());
        return episodes.find(v.id()).orElseThrow();
    }

    /** The enterprise extends its current term within the window and the caps (the new end is filed now). */
    public EpisodeView extend(LocalDate newEnd, CurrentUser me) {
        String uscc = enterprise(me);
        List<EpisodeView> all = episodes.ofEntity(uscc);
        EpisodeView v = all.stream().filter(h -> h.status() == DormancyStatus.REGISTERED).findFirst()
                .orElseThrow(() -> new DormancyRefusedException("只有休眠中的企业可以申请延期"));
        List<DormancyTerms.Term> earlier = all.stream().filter(h -> h.id() != v.id())
                .map(h -> episodes.aggregate(h).counted()).filter(Objects::nonNull).toList();
        LocalDate today = ChinaTime.today(clock);
        DormancyTerms rules = episodes.rules().terms();
        step(v, e -> e.extend(newEnd, today, rules, earlier), "EXTEND", "延期至 " + newEnd, me);
        return episodes.find(v.id()).orElseThrow();
    }

    /** The AMR ends a dormancy as 恶意休眠 (e.g. it operated while dormant), with the reason and the evidence. */
    public EpisodeView endAsMalicious(long id, String reason, CurrentUser reviewer) {
        EpisodeView v = reviewable(id, reviewer);
        requireText(reason, "请写明按恶意休眠处置的理由与证据");
        LocalDate today = ChinaTime.today(clock);
        step(v, e -> e.endAsMalicious(today), "END_MALICIOUS", reason.strip(), reviewer);
        reconcile(v.uscc(), reviewer.getUsername());
        return episodes.find(id).orElseThrow();
    }

    /** The registered dormancies, for the AMR. */
    public List<EpisodeView> registered(CurrentUser reviewer) {
        requireAmr(reviewer);
        return episodes.withStatus(DormancyStatus.REGISTERED);
    }

    /** The enterprise's own episodes, or the registry staff's view of an entity's (another's: not found). */
    public List<EpisodeView> episodes(String uscc, CurrentUser me) {
        if (me.is(Role.ENTERPRISE) && !uscc.equals(me.entityUscc().orElse(""))) {
            throw new DormancyNotFoundException();
        }
        return episodes.ofEntity(uscc);
    }

    /** The applications awaiting 备案, for the AMR. */
    public List<EpisodeView> queue(CurrentUser reviewer) {
        requireAmr(reviewer);
        return episodes.withStatus(DormancyStatus.APPLIED);
    }

    /** The public list: registered dormancies whose term has not ended. */
    public Page<PublicDormancy> publicList(int page, int size) {
        return episodes.registered(ChinaTime.today(clock), Math.max(0, page), Math.min(Math.max(size, 1), 100));
    }

    /**
     * The nightly job's work for {@code today}: terms that ran out recover ("期满自动恢复"), and the registry is
     * made to agree with the registered episodes (a start day reached, or a step whose delivery a crash lost).
     */
    public int nightly(LocalDate today) {
        for (int days : new int[] {30, 7}) {
            for (EpisodeView v : episodes.ending(today.plusDays(days))) {
                notifications.tell(Uscc.parse(v.uscc()), "DORMANCY_END_" + days + "_" + v.id() + "_" + v.end(), null,
                        new org.jiqitong.shared.Bilingual("休眠期将于 " + v.end() + " 届满",
                                "Your dormancy ends on " + v.end()),
                        new org.jiqitong.shared.Bilingual("休眠期届满后自动恢复正常经营状态;如需延期,请在届满前"
                                + episodes.rules().terms().extensionWindowDays() + "日内申请。",
                                "It recovers by itself when the term ends; an extension is filed in the days before."),
                        List.of(), null, v.end());
            }
        }
        int n = 0;
        for (EpisodeView v : episodes.endedBefore(today)) {
            if (step(v, e -> e.expire(today), "EXPIRE", "期满自动恢复", null)) {
                n++;
            }
            reconcile(v.uscc(), "system");
        }
        for (EpisodeView v : episodes.covering(today)) {
            reconcile(v.uscc(), "system");
        }
        return n;
    }

    /** The registry's status as the episodes say on today: 休眠 within a registered term, else 存续 (if it was 休眠). */
    void reconcile(String uscc, String actor) {
        LocalDate today = ChinaTime.today(clock);
        List<EpisodeView> all = episodes.ofEntity(uscc);
        boolean dormant = all.stream().anyMatch(h -> episodes.aggregate(h).dormantOn(today));
        EntityStatus now = status.of(uscc);
        String episode = all.isEmpty() ? "" : all.get(0).receiptNo();
        if (dormant && now == EntityStatus.ACTIVE) {
            status.set(uscc, EntityStatus.DORMANT, episode, actor);
        } else if (!dormant && now == EntityStatus.DORMANT) {
            status.set(uscc, EntityStatus.ACTIVE, episode, actor);
        }
    }

    private boolean step(EpisodeView v, java.util.function.Consumer<Episode> step, String action, String note,
            CurrentUser actor) {
        return step(v, step, action, note, actor, () -> { });
    }

    /** One step of the aggregate, written with its event and {@code alsoNow} (its clock) in one transaction. */
    private boolean step(EpisodeView v, java.util.function.Consumer<Episode> step, String action, String note,
            CurrentUser actor, Runnable alsoNow) {
        Episode e = episodes.aggregate(v);
        step.accept(e);
        return Boolean.TRUE.equals(tx.execute(s -> {
            alsoNow.run();
            if (!episodes.save(e, v.status(), e.endedOn(), note)) {
                throw new DormancyRefusedException("该休眠记录刚刚已被他人处理,请刷新后再试");
            }
            episodes.event(v.id(), action, note, actor == null ? "system" : actor.getUsername());
            return true;
        }));
    }

    private EpisodeView reviewable(long id, CurrentUser reviewer) {
        requireAmr(reviewer);
        return episodes.find(id).orElseThrow(DormancyNotFoundException::new);
    }

    private static void requireAmr(CurrentUser staff) {
        if (!staff.is(Role.REVIEWER) || !staff.departmentCode().map(AMR::equals).orElse(false)) {
            throw new DormancyNotFoundException();
        }
    }

    private static String enterprise(CurrentUser me) {
        if (!me.is(Role.ENTERPRISE) || me.entityUscc().isEmpty()) {
            throw new DormancyNotFoundException();
        }
        return me.entityUscc().get();
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new DormancyRefusedException(message);
        }
    }
}
