package org.jiqitong.dormancy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One episode of 休眠 guarding its own lifecycle: applied → registered (备案) or refused; a registered one is extended
 * within its window, recovered early, recovers itself when its term runs out, or is ended as 恶意休眠. Every other step
 * is refused with the reason. The date rules are {@link DormancyTerms}. No Spring: {@code EpisodeTest}.
 */
public final class Episode {

    private final long id;
    private DormancyStatus status;
    private final LocalDate start;
    private LocalDate end;
    private LocalDate endedOn;

    public Episode(long id, DormancyStatus status, LocalDate start, LocalDate end, LocalDate endedOn) {
        this.id = id;
        this.status = status;
        this.start = start;
        this.end = end;
        this.endedOn = endedOn;
    }

    public long id() {
        return id;
    }

    public DormancyStatus status() {
        return status;
    }

    public LocalDate end() {
        return end;
    }

    /** The day it ended (the entity operates again that day), or null while applied or registered. */
    public LocalDate endedOn() {
        return endedOn;
    }

    /**
     * The days it counts towards the cumulative cap: its term while applied or registered; once ended, the days before
     * the day it ended (the entity operates again on that day); none if never registered or ended before its start.
     */
    public DormancyTerms.Term counted() {
        if (status == DormancyStatus.APPLIED || status == DormancyStatus.REGISTERED) {
            return new DormancyTerms.Term(start, end);
        }
        if (status == DormancyStatus.REFUSED || endedOn == null || !endedOn.isAfter(start)) {
            return null;
        }
        LocalDate last = endedOn.minusDays(1);
        return new DormancyTerms.Term(start, last.isAfter(end) ? end : last);
    }

    /** Whether the entity is dormant on the day. */
    public boolean dormantOn(LocalDate day) {
        return status == DormancyStatus.REGISTERED && !day.isBefore(start) && !day.isAfter(end);
    }

    public void register() {
        require(EnumSet.of(DormancyStatus.APPLIED), "只有待备案的申请可以备案");
        status = DormancyStatus.REGISTERED;
    }

    public void refuse() {
        require(EnumSet.of(DormancyStatus.APPLIED), "只有待备案的申请可以不予备案");
        status = DormancyStatus.REFUSED;
    }

    /** Extends to {@code newEnd} if the rules allow it on {@code today} alongside the earlier episodes. */
    public void extend(LocalDate newEnd, LocalDate today, DormancyTerms rules, List<DormancyTerms.Term> earlier) {
        require(EnumSet.of(DormancyStatus.REGISTERED), "只有休眠中的企业可以申请延期");
        rules.refuseExtension(new DormancyTerms.Term(start, end), newEnd, today, earlier).ifPresent(why -> {
            throw new DormancyRefusedException(why);
        });
        end = newEnd;
    }

    /** The enterprise recovers before the end: normal operation again from {@code today} (the day it ended). */
    public void recover(LocalDate today) {
        require(EnumSet.of(DormancyStatus.REGISTERED), "该企业不在休眠中,无需恢复");
        status = DormancyStatus.RECOVERED;
        endedOn = today.isBefore(start) ? start : today;
    }

    /** The term ran out by {@code today}: recovered automatically. */
    public void expire(LocalDate today) {
        require(EnumSet.of(DormancyStatus.REGISTERED), "该企业不在休眠中");
        if (!today.isAfter(end)) {
            throw new DormancyRefusedException("休眠期至 " + end + " 才届满");
        }
        status = DormancyStatus.EXPIRED;
        endedOn = end.plusDays(1);
    }

    /** The AMR ends it as 恶意休眠 on {@code today}. */
    public void endAsMalicious(LocalDate today) {
        require(EnumSet.of(DormancyStatus.REGISTERED), "只有休眠中的企业可以按恶意休眠处置");
        status = DormancyStatus.ENDED_MALICIOUS;
        endedOn = today;
    }

    private void require(Set<DormancyStatus> from, String refusal) {
        if (!from.contains(status)) {
            throw new DormancyRefusedException(refusal + "(当前状态:" + status.labelZh() + ")");
        }
    }
}
