package org.jiqitong.web.internal;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The classes of bad input every route answers with 400 (issue 13.12), whichever page or API it reaches: control
 * characters that no field may hold (NUL, which PostgreSQL cannot store, and the other C0 codes but tab and line
 * breaks), and what the database refuses as data (a number out of range, a string too long, a check constraint).
 */
final class BadInput {

    static final String ATTRIBUTE = "jiqitongProblem";

    /** What each length limit of the schema (V16) means for the person who typed too much. */
    private static final Map<String, String> LIMITS = Map.ofEntries(
            Map.entry("demand_caller_name_length", "联系人姓名不能超过100字"),
            Map.entry("demand_caller_phone_length", "联系电话不能超过50字"),
            Map.entry("demand_caller_email_length", "电子邮箱不能超过200字"),
            Map.entry("demand_address_length", "地址不能超过300字"),
            Map.entry("demand_event_note_length", "答复或备注不能超过4000字"),
            Map.entry("open311_client_name_length", "接入系统名称不能超过200字"),
            Map.entry("redemption_application_amount_reason_length", "核定金额的理由不能超过1000字"),
            Map.entry("redemption_application_bank_length", "户名、开户行不能超过200字,账号不能超过64位"),
            Map.entry("redemption_event_reason_length", "理由或意见不能超过2000字"),
            Map.entry("redemption_objection_resolution_note_length", "异议处理意见不能超过2000字"),
            Map.entry("redemption_material_name_length", "材料名称不能超过200字,文件名不能超过255字"),
            Map.entry("policy_document_title_length", "政策文件标题不能超过300字"),
            Map.entry("policy_item_version_name_length", "事项名称不能超过200字"),
            Map.entry("policy_item_version_contact_length", "联系人不能超过100字、电话不能超过50字、地址不能超过300字"),
            Map.entry("policy_item_version_review_note_length", "审核意见不能超过2000字"),
            Map.entry("policy_audit_note_length", "意见或理由不能超过2000字"));

    private BadInput() {
    }

    private static Optional<String> constraint(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return Optional.ofNullable(p.getServerErrorMessage().getConstraint());
        }
        return Optional.empty();
    }

    /**
     * A refusal's message as a person may read it: the platform's own messages are Chinese sentences; a message that
     * names code (a Java class, an enum constant, an exception of a library) becomes the general one instead.
     */
    static String forPeople(String message) {
        if (message == null || message.isBlank() || message.contains("org.") || message.contains("java.")
                || message.startsWith("No enum constant") || message.startsWith("For input string")) {
            return "提交的内容或参数无效,请检查后重试。";
        }
        return message;
    }

    /** Whether the text holds a character no field accepts. */
    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == 0xfffe || c == 0xffff) {
                return true;
            }
        }
        return false;
    }

    /** The first parameter (name or value) holding a control character, as a message naming it. */
    static Optional<String> inParameters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            if (hasControl(e.getKey())) {
                return Optional.of("参数名含有不允许的控制字符(如 NUL)");
            }
            for (String v : e.getValue()) {
                if (v != null && hasControl(v)) {
                    return Optional.of("参数\u201c" + e.getKey() + "\u201d含有不允许的控制字符(如 NUL)");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What the database refused as data, as a message for the person who sent it; empty when the failure is not one of
     * bad input (then it stays a 500: a defect to fix, not a user's mistake).
     */
    static Optional<String> fromDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("22001")) {
                    return Optional.of("输入的内容过长");
                }
                if (state.equals("22003")) {
                    return Optional.of("输入的数字超出允许范围");
                }
                if (state.startsWith("22")) {
                    return Optional.of("输入的数据无效(" + state + ")");
                }
                if (state.equals("23514")) {
                    return Optional.of(constraint(sql).map(LIMITS::get).orElse("输入的数据不符合要求(如长度或取值范围)"));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
