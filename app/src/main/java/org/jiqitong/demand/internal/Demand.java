package org.jiqitong.demand.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiqitong.demand.DemandRefusedException;
import org.jiqitong.demand.DemandStatus;
import org.jiqitong.demand.internal.DemandEvent.DemandRated;
import org.jiqitong.demand.internal.DemandEvent.DemandRedispatched;
import org.jiqitong.demand.internal.DemandEvent.DemandReopened;
import org.jiqitong.demand.internal.DemandEvent.DemandReplied;
import org.jiqitong.demand.internal.DemandEvent.DemandResponded;
import org.jiqitong.demand.internal.DemandEvent.DemandReturned;
import org.jiqitong.demand.internal.DemandEvent.DemandTransferred;

/**
 * A demand's lifecycle in one place: each step allowed from a set of statuses to one status ({@link #TABLE}); any other
 * step is refused with the reason the handler reads. Each step is a method ({@link #respond}, {@link #transfer},
 * {@link #reply}, …) returning its past-tense {@link DemandEvent}, which {@link DemandStore#save} writes with a
 * compare-and-set on the status it came from. Reopening happens at most once; a rating is one of three. No Spring:
 * {@code DemandTest}.
 */
public final class Demand {

    /** The steps a demand can take. */
    public enum Step { RESPOND, TRANSFER, RETURN, REDISPATCH, REPLY, RATE, REOPEN }

    record Transition(Set<DemandStatus> from, DemandStatus to, String refusal) {
    }

    /** The ratings an enterprise may give: 满意, 基本满意, 不满意. */
    public static final List<String> RATINGS = List.of("SATISFIED", "BASIC", "UNSATISFIED");

    static final Map<Step, Transition> TABLE = new EnumMap<>(Map.of(
            Step.RESPOND, new Transition(Set.of(DemandStatus.DISPATCHED, DemandStatus.REOPENED), DemandStatus.RESPONDED,
                    "该诉求不在待响应状态"),
            Step.TRANSFER, new Transition(Set.of(DemandStatus.DISPATCHED, DemandStatus.RESPONDED, DemandStatus.REOPENED),
                    DemandStatus.DISPATCHED, "该诉求当前不能转办"),
            Step.RETURN, new Transition(Set.of(DemandStatus.DISPATCHED), DemandStatus.RETURNED, "已响应的诉求不能退回,请转办"),
            Step.REDISPATCH, new Transition(Set.of(DemandStatus.RETURNED), DemandStatus.DISPATCHED, "该诉求不在退回状态"),
            Step.REPLY, new Transition(Set.of(DemandStatus.RESPONDED), DemandStatus.REPLIED, "请先响应,再答复"),
            Step.RATE, new Transition(Set.of(DemandStatus.REPLIED), DemandStatus.CLOSED, "答复后才能评价"),
            Step.REOPEN, new Transition(Set.of(DemandStatus.REPLIED, DemandStatus.CLOSED), DemandStatus.REOPENED,
                    "答复后才能申请重新办理")));

    private final long id;
    private DemandStatus status;
    private int reopened;

    public Demand(long id, DemandStatus status, int reopened) {
        this.id = id;
        this.status = status;
        this.reopened = reopened;
    }

    public DemandStatus status() {
        return status;
    }

    public boolean may(Step step) {
        return TABLE.get(step).from().contains(status) && (step != Step.REOPEN || reopened < 1);
    }

    /** Moves by the step, or refuses it with the handler's reason; returns the status it came from. */
    DemandStatus take(Step step) {
        Transition t = TABLE.get(step);
        if (step == Step.REOPEN && reopened >= 1) {
            throw new DemandRefusedException(null, "每项诉求只能重新办理一次");
        }
        if (!t.from().contains(status)) {
            throw new DemandRefusedException(null, t.refusal());
        }
        DemandStatus from = status;
        status = t.to();
        if (step == Step.REOPEN) {
            reopened++;
        }
        return from;
    }

    /** The department responds (its first response time stays on record). */
    public DemandResponded respond() {
        return new DemandResponded(id, take(Step.RESPOND));
    }

    /** The department transfers it to another department (the first receiver stays on record). */
    public DemandTransferred transfer(String department) {
        return new DemandTransferred(id, take(Step.TRANSFER), department);
    }

    /** The department returns a mis-sent order to the dispatcher. */
    public DemandReturned returnToDispatcher() {
        return new DemandReturned(id, take(Step.RETURN));
    }

    /** The dispatcher sends a returned order to the department it belongs to. */
    public DemandRedispatched redispatch(String department) {
        return new DemandRedispatched(id, take(Step.REDISPATCH), department);
    }

    /** The department replies: what was done, and whether the problem is solved. */
    public DemandReplied reply(String text, boolean resolved) {
        return new DemandReplied(id, take(Step.REPLY), text, resolved);
    }

    /** The enterprise (or the caller) rates the reply: one of {@link #RATINGS}. */
    public DemandRated rate(String rating) {
        if (!RATINGS.contains(rating)) {
            throw new DemandRefusedException("rating", "评价应为 满意、基本满意 或 不满意");
        }
        return new DemandRated(id, take(Step.RATE), rating);
    }

    /** Reopened once: the department handles it again on a new clock. */
    public DemandReopened reopen() {
        return new DemandReopened(id, take(Step.REOPEN));
    }
}
