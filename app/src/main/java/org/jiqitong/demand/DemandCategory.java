package org.jiqitong.demand;

/** A category of the dispatch catalogue: the department it goes to and its clocks. */
public record DemandCategory(String code, String nameZh, String nameEn, String description, String departmentCode,
        int respondHours, int resolveDays, String group, boolean active) {
}
