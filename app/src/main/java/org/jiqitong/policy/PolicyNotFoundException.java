package org.jiqitong.policy;

/** No such item version within the caller's scope (another department's drafts do not exist for it). */
public class PolicyNotFoundException extends RuntimeException {
    public PolicyNotFoundException() {
        super("未找到该政策事项");
    }
}
