package org.jiqitong.resources;

/**
 * One need guarding its lifecycle: a commissioner's draft waits for the enterprise to confirm it (then it is open and
 * routed) or to discard it; the enterprise closes an open need when it is met or no longer wanted. Every other step is
 * refused with the reason. No Spring: {@code NeedTest}.
 */
public final class Need {

    /** A step taken: from and to, and the action's code. */
    public record Changed(long id, NeedStatus from, NeedStatus to, String action, int expectedVersion) {
    }

    private final long id;
    private final NeedStatus status;
    private final int version;

    public Need(long id, NeedStatus status, int version) {
        this.id = id;
        this.status = status;
        this.version = version;
    }

    /** The enterprise confirms what its commissioner drafted. */
    public Changed confirm() {
        if (status != NeedStatus.DRAFT) {
            throw new ResourcesRefusedException("只有服务专员代拟、待确认的需求可以确认(当前:" + status.labelZh() + ")");
        }
        return new Changed(id, NeedStatus.DRAFT, NeedStatus.OPEN, "CONFIRM", version);
    }

    public Changed close() {
        if (status == NeedStatus.CLOSED) {
            throw new ResourcesRefusedException("该需求已关闭");
        }
        return new Changed(id, status, NeedStatus.CLOSED, status == NeedStatus.DRAFT ? "DISCARD" : "CLOSE", version);
    }

    /** Only an open need is answered by departments. */
    public void requireOpen() {
        if (status != NeedStatus.OPEN) {
            throw new ResourcesRefusedException("该需求" + status.labelZh() + ",不能答复");
        }
    }
}
