package org.jiqitong.demand.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jiqitong.demand.DemandRefusedException;
import org.jiqitong.demand.DemandStatus;

/**
 * A demand's lifecycle in one place: each step allowed from a set of statuses to one status ({@link #TABLE}); any other
 * step is refused with the reason the handler reads. A step returns the {@link Changed} that {@link DemandStore} writes
 * with a compare-and-set on the status it came from. Reopening happens at most once. No Spring: {@code DemandTest}.
 */
public final class Demand {

    /** The steps a demand can take. */
    public enum Step { RESPOND, TRANSFER, RETURN, REDISPATCH, REPLY, RATE, REOPEN }

    record Transition(Set<DemandStatus> from, DemandStatus to, String refusal) {
    }

    /** The change a step made. */
    public record Changed(long id, Step step, DemandStatus from, DemandStatus to) {
    }

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

    /** Takes the step, or refuses it with the handler's reason. */
    public Changed take(Step step) {
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
        return new Changed(id, step, from, t.to());
    }
}
