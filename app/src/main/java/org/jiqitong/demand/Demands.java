package org.jiqitong.demand;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jiqitong.demand.internal.DemandStore;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.supervision.Supervision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 接诉即办: a demand is dispatched by its category to a department (the first receiver, who stays on record as
 * responsible — 首接负责), which responds within the category's hours, acts, and replies within its working days
 * (a supervised clock: overdue work escalates); it may transfer with a reason or return a mis-sent order to the
 * dispatcher (the window), who decides. The enterprise (or a hotline caller, by token) rates the reply and may
 * reopen once with a reason.
 */
@Service
public class Demands {

    /** The supervised stages of a demand: resolving it, and resolving it again after a reopening. */
    public enum Stage { RESOLVE, RESOLVE_AGAIN }

    public static final String SUBJECT = "DEMAND";
    public static final String DISPATCHER = "SERVICE";

    /** A file given with a demand. */
    public record Upload(String fileName, java.io.InputStream content) {
    }

    private static final int MAX_ATTACHMENTS = 5;

    private final DemandStore store;
    private final Supervision supervision;
    private final Clock clock;
    private final org.jiqitong.shared.BlobStore blobs;

    private final org.jiqitong.identity.Identity identity;

    private final org.jiqitong.registry.Registry registry;

    private final org.jiqitong.vault.Vault vault;

    Demands(DemandStore store, Supervision supervision, Clock clock, org.jiqitong.shared.BlobStore blobs,
            org.jiqitong.identity.Identity identity, org.jiqitong.registry.Registry registry,
            org.jiqitong.vault.Vault vault) {
        this.vault = vault;
        this.identity = identity;
        this.registry = registry;
        this.store = store;
        this.supervision = supervision;
        this.clock = clock;
        this.blobs = blobs;
    }

    public List<DemandCategory> categories() {
        return store.categories(true);
    }

    public List<DemandCategory> allCategories() {
        return store.categories(false);
    }

    /** ADMIN sets a category's department and clocks. */
    @Transactional
    public void saveCategory(String code, String department, int respondHours, int resolveDays, boolean active,
            CurrentUser admin) {
        if (!admin.is(Role.ADMIN)) {
            throw new DemandNotFoundException();
        }
        DemandCategory c = store.category(code).orElseThrow(DemandNotFoundException::new);
        DemandChecks.requireDepartment(identity, department);
        if (respondHours < 1 || respondHours > 240 || resolveDays < 1 || resolveDays > 60) {
            throw new DemandRefusedException("clocks", "响应时限应为1至240小时,办结时限应为1至60个工作日");
        }
        store.saveCategory(new DemandCategory(code, c.nameZh(), c.nameEn(), c.description(), department, respondHours,
                resolveDays, c.group(), active));
    }

    /** Files a demand from any channel; returns it with its token (the caller's key to follow it). */
    @Transactional
    public DemandView file(NewDemand d, String actor) {
        if (d.description() == null || d.description().isBlank()) {
            throw new DemandRefusedException("description", "请描述遇到的问题");
        }
        if (d.description().length() > 4000) {
            throw new DemandRefusedException("description", "问题描述不能超过4000字");
        }
        DemandCategory c = store.category(d.category()).filter(DemandCategory::active)
                .orElseThrow(() -> new DemandRefusedException("service_code", "没有这个诉求类别:" + d.category()));
        if (d.uscc() != null) {
            try {
                new org.jiqitong.shared.Uscc(d.uscc());
            } catch (org.jiqitong.shared.InvalidUsccException e) {
                throw new DemandRefusedException("uscc", e.getMessage());
            }
        }
        DemandChecks.limit("caller_name", d.callerName(), 100, "联系人姓名");
        DemandChecks.limit("caller_phone", d.callerPhone(), 50, "联系电话");
        DemandChecks.limit("caller_email", d.callerEmail(), 200, "电子邮箱");
        DemandChecks.limit("address", d.address(), 300, "地址");
        if ((d.lat() == null) != (d.lon() == null)) {
            throw new DemandRefusedException("lat", "经纬度须同时提供");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = ChinaTime.today(clock);
        String token = UUID.randomUUID().toString();
        NewDemand clean = new NewDemand(d.channel(), d.uscc(), DemandChecks.blankToNull(d.callerName()),
                DemandChecks.blankToNull(d.callerPhone()), DemandChecks.blankToNull(d.callerEmail()), d.category(),
                d.description().strip(), DemandChecks.blankToNull(d.address()), d.lat(), d.lon());
        long id = store.insert(token, clean, c.departmentCode(), now.plusHours(c.respondHours()),
                supervision.calendar().addWorkingDays(today, c.resolveDays()), now);
        store.event(id, "FILED_" + d.channel(), c.departmentCode(), c.nameZh(), actor);
        supervision.start(SUBJECT, id, Stage.RESOLVE.name(), c.departmentCode(), "诉求 · " + c.nameZh(), c.resolveDays(),
                today);
        return store.find(id).orElseThrow();
    }

    /** An enterprise's web form. */
    @Transactional
    public DemandView fileAsEnterprise(String category, String description, String address, CurrentUser me) {
        return fileAsEnterprise(category, description, address, List.of(), me);
    }

    /** An enterprise's web form with attachments (PDF, PNG or JPEG, checked by content; at most five). */
    @Transactional
    public DemandView fileAsEnterprise(String category, String description, String address, List<Upload> uploads,
            CurrentUser me) {
        String uscc = me.is(Role.ENTERPRISE) ? me.entityUscc().orElseThrow(DemandNotFoundException::new) : null;
        if (uscc == null) {
            throw new DemandNotFoundException();
        }
        if (uploads.size() > MAX_ATTACHMENTS) {
            throw new DemandRefusedException("attachments", "附件最多 " + MAX_ATTACHMENTS + " 个");
        }
        DemandView d = file(new NewDemand("WEB", uscc, me.displayName(), null, null, category, description, address,
                null, null), me.getUsername());
        for (Upload u : uploads) {
            try {
                org.jiqitong.shared.BlobStore.Blob blob = blobs.store(u.content());
                String name = org.jiqitong.shared.BlobStore.displayName(u.fileName(), "附件");
                store.attach(d.id(), blob.sha256(), name);
                vault.keepMaterial(uscc, "诉求附件", blob.sha256(), name); // in the enterprise's vault, once
            } catch (org.jiqitong.shared.UploadRefusedException e) {
                throw new DemandRefusedException("attachments", "附件“" + u.fileName() + "”:" + e.getMessage());
            }
        }
        return d;
    }

    /** The demand's attachments, for whoever may see the demand. */
    public List<Attachment> attachments(long id, CurrentUser me) {
        get(id, me);
        return store.attachments(id);
    }

    /** The 找茬窗口: a clerk enters a walk-in's complaint. */
    @Transactional
    public DemandView fileAtWindow(NewDemand d, CurrentUser clerk) {
        if (!clerk.is(Role.CLERK)) {
            throw new DemandNotFoundException();
        }
        return file(new NewDemand("WINDOW", d.uscc(), d.callerName(), d.callerPhone(), d.callerEmail(), d.category(),
                d.description(), d.address(), null, null), clerk.getUsername());
    }

    // ---------------------------------------------------------------- reading

    public DemandView byToken(String token) {
        return store.byToken(token).orElseThrow(DemandNotFoundException::new);
    }

    /** A demand for whoever may see it: its enterprise, the handling or first-receiving department, window, supervisors. */
    public DemandView get(long id, CurrentUser me) {
        DemandView d = store.find(id).orElseThrow(DemandNotFoundException::new);
        boolean may = switch (me.role()) {
            case ENTERPRISE -> me.entityUscc().map(u -> u.equals(d.uscc())).orElse(false);
            case ADMIN, SUPERVISOR, CLERK, COMMISSIONER -> true;
            default -> me.departmentCode().map(x -> x.equals(d.departmentCode()) || x.equals(d.firstReceiver()))
                    .orElse(false);
        };
        if (!may) {
            throw new DemandNotFoundException();
        }
        return d;
    }

    /** Who filed it, for staff who may see the demand (an enterprise sees its own demands, not this). */
    public Filer filer(long id, CurrentUser staff) {
        if (staff.is(Role.ENTERPRISE)) {
            throw new DemandNotFoundException();
        }
        DemandView d = get(id, staff);
        String name = d.uscc() == null ? null : registry.profile(new org.jiqitong.shared.Uscc(d.uscc()))
                .map(org.jiqitong.registry.EntityProfile::name).orElse(null);
        return store.caller(id).map(c -> new Filer(d.uscc(), name, c[0], c[1], c[2]))
                .orElse(new Filer(d.uscc(), name, null, null, null));
    }

    public List<DemandView> mine(CurrentUser me) {
        if (!me.is(Role.ENTERPRISE)) {
            throw new DemandNotFoundException();
        }
        return store.ofEnterprise(me.entityUscc().orElseThrow());
    }

    /** An entity's demands for the commissioner's workbench or supervision (staff who see every demand, else 404). */
    public List<DemandView> ofEntity(org.jiqitong.shared.Uscc uscc, CurrentUser staff) {
        if (!(staff.is(Role.COMMISSIONER) || staff.is(Role.ADMIN) || staff.is(Role.SUPERVISOR))) {
            throw new DemandNotFoundException();
        }
        return store.ofEnterprise(uscc.value());
    }

    /** The department's open work (the window also sees orders returned for dispatch). */
    public List<DemandView> queue(CurrentUser staff) {
        String dept = staff.departmentCode().orElseThrow(DemandNotFoundException::new);
        return store.ofDepartment(dept, staff.is(Role.CLERK));
    }

    /** The steps: when, what, which department, why — never who. */
    public List<Object[]> timeline(long id) {
        return store.timeline(id);
    }

    public List<DemandView> search(List<Long> ids, String category, OffsetDateTime from, OffsetDateTime to, Boolean open,
            int limit) {
        return store.search(ids, category, from, to, open, limit);
    }

    /** Registers an Open311 client key (kept if present). */
    @Transactional
    public void registerClient(String apiKey, String name) {
        store.registerClient(apiKey, name);
    }

    public boolean validKey(String apiKey) {
        return store.validKey(apiKey);
    }

    /** The three rates by department, by category and by month, over demands created in [from, to). */
    public Map<String, List<Rate>> rates(OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = store.rateRows(from, to);
        Map<String, List<Rate>> out = new java.util.LinkedHashMap<>();
        out.put("department", Rate.group(rows, r -> (String) r[0]));
        out.put("category", Rate.group(rows, r -> (String) r[1]));
        out.put("month", Rate.group(rows, r -> (String) r[2]));
        out.put("all", Rate.group(rows, r -> "ALL"));
        return out;
    }
}
