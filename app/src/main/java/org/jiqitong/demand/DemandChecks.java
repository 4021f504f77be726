package org.jiqitong.demand;

import org.jiqitong.identity.Identity;

/** What every demand step checks the same way, refusing with the field and a clear message. */
final class DemandChecks {

    private DemandChecks() {
    }

    static void requireDepartment(Identity identity, String department) {
        if (department == null || !identity.departments(false).containsKey(department)) {
            throw new DemandRefusedException("department", "没有这个部门:" + department);
        }
    }

    static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new DemandRefusedException(null, message);
        }
        return text.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The schema's limits (V16), checked first so the message names the field. */
    static void limit(String field, String value, int max, String label) {
        if (value != null && value.strip().length() > max) {
            throw new DemandRefusedException(field, label + "不能超过" + max + "字");
        }
    }
}
