package org.jiqitong.resources;

import java.util.List;

/** What an enterprise asks for (企业点菜), and which kinds of resource can answer it. */
public enum NeedKind implements org.jiqitong.shared.Labelled {
    LAND(List.of(ResourceKind.LAND), "NRP"),
    SPACE(List.of(ResourceKind.SPACE), "INVEST"),
    FINANCING(List.of(ResourceKind.FINANCE_PRODUCT, ResourceKind.VENTURE_FUND, ResourceKind.FUND), "FSA"),
    FACILITY(List.of(ResourceKind.FACILITY), "SCI"),
    SERVICE(List.of(ResourceKind.SERVICE), "SERVICE");

    private final List<ResourceKind> answeredBy;
    private final String defaultDepartment;

    NeedKind(List<ResourceKind> answeredBy, String defaultDepartment) {
        this.answeredBy = answeredBy;
        this.defaultDepartment = defaultDepartment;
    }

    public List<ResourceKind> answeredBy() {
        return answeredBy;
    }

    /** The department a need goes to when no resource's owner fits it. */
    public String defaultDepartment() {
        return defaultDepartment;
    }
}
