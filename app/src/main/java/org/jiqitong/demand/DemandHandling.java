package org.jiqitong.demand;

import java.time.Clock;
import org.jiqitong.demand.internal.Demand;
import org.jiqitong.demand.internal.DemandStore;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.Role;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.supervision.Supervision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 接诉即办, the steps on a filed demand: the department responds, transfers with a reason or returns a mis-sent order
 * to the dispatcher (the window), who redispatches it; the department replies; the enterprise (or a hotline caller, by
 * token) rates the reply and may reopen once with a reason. Each step is one transition of the {@link Demand}
 * aggregate, written with its event and its supervised clock in one transaction. Filing and reading are
 * {@link Demands}.
 */
@Service
public class DemandHandling {

    private final DemandStore store;
    private final Supervision supervision;
    private final Identity identity;
    private final Clock clock;

    DemandHandling(DemandStore store, Supervision supervision, Identity identity, Clock clock) {
        this.store = store;
        this.supervision = supervision;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public DemandView respond(long id, String note, CurrentUser staff) {
        DemandView d = handled(id, staff);
        store.save(store.aggregate(d).respond());
        store.event(id, "RESPOND", d.departmentCode(), DemandChecks.blankToNull(note), staff.getUsername());
        return store.find(id).orElseThrow();
    }

    /** Transfers to another department with the reason (the first receiver stays on record). */
    @Transactional
    public DemandView transfer(long id, String department, String reason, CurrentUser staff) {
        DemandView d = handled(id, staff);
        String why = DemandChecks.required(reason, "请填写转办理由");
        if (department == null || department.equals(d.departmentCode())) {
            throw new DemandRefusedException("department", "请选择另一个承办部门");
        }
        DemandChecks.requireDepartment(identity, department);
        store.save(store.aggregate(d).transfer(department));
        store.event(id, "TRANSFER", department, why, staff.getUsername());
        supervision.reassign(Demands.SUBJECT, id, Demands.Stage.RESOLVE.name(), department);
        return store.find(id).orElseThrow();
    }

    /** A department returns a mis-sent order to the dispatcher with the reason. */
    @Transactional
    public DemandView returnToDispatcher(long id, String reason, CurrentUser staff) {
        DemandView d = handled(id, staff);
        String why = DemandChecks.required(reason, "请填写退回理由");
        store.save(store.aggregate(d).returnToDispatcher());
        store.event(id, "RETURN", d.departmentCode(), why, staff.getUsername());
        supervision.reassign(Demands.SUBJECT, id, Demands.Stage.RESOLVE.name(), Demands.DISPATCHER);
        return store.find(id).orElseThrow();
    }

    /** The dispatcher (a clerk of the window) decides where a returned order goes. */
    @Transactional
    public DemandView redispatch(long id, String department, String note, CurrentUser clerk) {
        if (!clerk.is(Role.CLERK)) {
            throw new DemandNotFoundException();
        }
        DemandChecks.requireDepartment(identity, department);
        DemandView d = store.find(id).orElseThrow(DemandNotFoundException::new);
        store.save(store.aggregate(d).redispatch(department));
        store.event(id, "REDISPATCH", department, DemandChecks.blankToNull(note), clerk.getUsername());
        supervision.reassign(Demands.SUBJECT, id, Demands.Stage.RESOLVE.name(), department);
        return store.find(id).orElseThrow();
    }

    /** The department replies: what was done, and whether the problem is solved. */
    @Transactional
    public DemandView reply(long id, String text, boolean resolved, CurrentUser staff) {
        DemandView d = handled(id, staff);
        String t = DemandChecks.required(text, "请填写答复内容");
        store.save(store.aggregate(d).reply(t, resolved));
        store.event(id, resolved ? "REPLY_RESOLVED" : "REPLY_UNRESOLVED", d.departmentCode(), t, staff.getUsername());
        supervision.finish(Demands.SUBJECT, id, (d.reopened() == 0 ? Demands.Stage.RESOLVE : Demands.Stage.RESOLVE_AGAIN).name());
        return store.find(id).orElseThrow();
    }

    /** The enterprise (or the caller by token) rates: SATISFIED (满意), BASIC (基本满意), UNSATISFIED (不满意). */
    @Transactional
    public DemandView rate(String token, String rating, String actor) {
        DemandView d = store.byToken(token).orElseThrow(DemandNotFoundException::new);
        store.save(store.aggregate(d).rate(rating)); // one of three, or refused naming the field
        store.event(d.id(), "RATE_" + rating, null, null, actor);
        return store.find(d.id()).orElseThrow();
    }

    /** Reopens once, with the reason; the department handles it again on a new clock. */
    @Transactional
    public DemandView reopen(String token, String reason, String actor) {
        DemandView d = store.byToken(token).orElseThrow(DemandNotFoundException::new);
        String why = DemandChecks.required(reason, "请填写重新办理的理由");
        store.save(store.aggregate(d).reopen());
        store.event(d.id(), "REOPEN", d.departmentCode(), why, actor);
        DemandCategory c = store.category(d.category()).orElseThrow();
        supervision.start(Demands.SUBJECT, d.id(), Demands.Stage.RESOLVE_AGAIN.name(), d.departmentCode(), "诉求(重办)· " + c.nameZh(),
                c.resolveDays(), ChinaTime.today(clock));
        return store.find(d.id()).orElseThrow();
    }

    private DemandView handled(long id, CurrentUser staff) {
        DemandView d = store.find(id).orElseThrow(DemandNotFoundException::new);
        if (staff.is(Role.ENTERPRISE) || !staff.departmentCode().map(d.departmentCode()::equals).orElse(false)) {
            throw new DemandNotFoundException();
        }
        return d;
    }
}
