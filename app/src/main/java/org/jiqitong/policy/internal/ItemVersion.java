package org.jiqitong.policy.internal;

import org.jiqitong.policy.ItemStatus;
import org.jiqitong.policy.PolicyRefusedException;

/**
 * The lifecycle of one version of an item, guarding its own transitions: only a draft is edited or submitted,
 * only a version in review is approved (by a second officer) or sent back, only a published one is withdrawn
 * or expires. Each transition refuses with a named reason.
 */
final class ItemVersion {

    private final long id;
    private final String author;
    private ItemStatus status;

    ItemVersion(long id, ItemStatus status, String author) {
        this.id = id;
        this.status = status;
        this.author = author;
    }

    ItemStatus status() {
        return status;
    }

    void requireDraft(String action) {
        if (status != ItemStatus.DRAFT) {
            throw new PolicyRefusedException("只有草稿可以" + action + ";该版本当前状态为 " + status);
        }
    }

    void submit() {
        requireDraft("提交审核");
        status = ItemStatus.IN_REVIEW;
    }

    void approve(String reviewer) {
        if (status != ItemStatus.IN_REVIEW) {
            throw new PolicyRefusedException("只有待审核的版本可以批准发布;该版本当前状态为 " + status);
        }
        if (reviewer.equals(author)) {
            throw new PolicyRefusedException("四眼原则:发布须由本部门另一名政策管理员审核,起草人不能审核自己的版本");
        }
        status = ItemStatus.PUBLISHED;
    }

    void sendBack() {
        if (status != ItemStatus.IN_REVIEW) {
            throw new PolicyRefusedException("只有待审核的版本可以退回修改;该版本当前状态为 " + status);
        }
        status = ItemStatus.DRAFT;
    }

    void withdraw() {
        if (status != ItemStatus.PUBLISHED) {
            throw new PolicyRefusedException("只有已发布的版本可以撤回;该版本当前状态为 " + status);
        }
        status = ItemStatus.WITHDRAWN;
    }
}
