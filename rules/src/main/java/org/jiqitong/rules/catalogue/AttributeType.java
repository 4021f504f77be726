package org.jiqitong.rules.catalogue;

/** What kind of value an attribute holds, and so which operators apply to it. */
public enum AttributeType {
    /** A whole number, e.g. employees. */
    INT,
    /** Money in fen (long), shown as 元. */
    MONEY,
    /** A calendar date (Asia/Shanghai). */
    DATE,
    /** One code from a code list, e.g. an industry or district. */
    CODE,
    /** A set of codes, e.g. the qualifications an entity holds on the day of evaluation. */
    CODE_SET,
    /** True or false. */
    BOOL;

    public boolean ordered() {
        return this == INT || this == MONEY || this == DATE;
    }
}
