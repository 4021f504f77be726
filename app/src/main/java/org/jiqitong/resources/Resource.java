package org.jiqitong.resources;

/**
 * One resource of the library guarding its lifecycle: a draft is edited and submitted; a second officer of the same
 * department publishes it (never its author: 四眼原则) or sends it back; a published one is closed. Every other step is
 * refused with the reason. No Spring: {@code ResourceTest}.
 */
public final class Resource {

    /** A step taken: from and to, the action's code, and the row version the compare-and-set expects. */
    public record Changed(long id, ResourceStatus from, ResourceStatus to, String action, int expectedVersion) {
    }

    private final long id;
    private final ResourceStatus status;
    private final String author;
    private final int version;

    public Resource(long id, ResourceStatus status, String author, int version) {
        this.id = id;
        this.status = status;
        this.author = author;
        this.version = version;
    }

    public ResourceStatus status() {
        return status;
    }

    /** Only a draft is edited; a published resource is closed and written anew. */
    public void requireEditable() {
        if (status != ResourceStatus.DRAFT) {
            throw new ResourcesRefusedException("只有草稿可以修改(当前:" + status.labelZh() + ")");
        }
    }

    public Changed submit() {
        return step(ResourceStatus.DRAFT, ResourceStatus.SUBMITTED, "SUBMIT", "只有草稿可以提交审核");
    }

    public Changed sendBack() {
        return step(ResourceStatus.SUBMITTED, ResourceStatus.DRAFT, "SEND_BACK", "只有待审核的资源可以退回");
    }

    /** The second officer publishes; the author may not (四眼原则). */
    public Changed publish(String by) {
        if (author.equals(by)) {
            throw new ResourcesRefusedException("四眼原则:资源须由同部门另一名管理员审核发布,起草人不能发布自己起草的资源");
        }
        return step(ResourceStatus.SUBMITTED, ResourceStatus.PUBLISHED, "PUBLISH", "只有待审核的资源可以发布");
    }

    public Changed close() {
        return step(ResourceStatus.PUBLISHED, ResourceStatus.CLOSED, "CLOSE", "只有已发布的资源可以关闭");
    }

    private Changed step(ResourceStatus from, ResourceStatus to, String action, String refusal) {
        if (status != from) {
            throw new ResourcesRefusedException(refusal + "(当前:" + status.labelZh() + ")");
        }
        return new Changed(id, from, to, action, version);
    }
}
