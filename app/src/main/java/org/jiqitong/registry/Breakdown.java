package org.jiqitong.registry;

/** A dimension the population is counted by on the dashboards. */
public enum Breakdown implements org.jiqitong.shared.Labelled {
    SIZE_CLASS, DISTRICT, SECTION, OWNERSHIP, STATUS
}
