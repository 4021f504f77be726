package org.jiqitong.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.policy.ItemContent;
import org.jiqitong.policy.ItemStatus;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.NewDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Documents, items and item versions in SQL, and the audit row of every decision. */
@Component
class ItemVersions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            v.id, v.item_id, v.version, v.status, i.department_code, d.id, d.doc_number, v.name, v.benefit_type,
            v.content, v.beneficiaries, v.conditions, v.formula, v.cap_fen, v.amount_illustrative, v.fixtures,
            v.materials, v.procedure_steps, v.window_from, v.window_to, v.payout_days, v.contact_person,
            v.contact_phone, v.contact_address, v.no_application, v.exclusion_group, v.yearly_cap_fen, v.budget_fen,
            v.effective_from, v.effective_to, v.author, v.reviewer, v.review_note, v.published_at
            FROM policy_item_version v JOIN policy_item i ON i.id = v.item_id JOIN policy_document d ON d.id = i.document_id
            """;

    private final JdbcClient jdbc;

    ItemVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long createDocument(NewDocument d) {
        return jdbc.sql("""
                INSERT INTO policy_document (doc_number, title, issuing_department, issued_on, valid_from, valid_to,
                    source_url, original_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(d.docNumber(), d.title(), d.issuingDepartment(), d.issuedOn(), d.validFrom(), d.validTo(),
                        d.sourceUrl(), d.originalText())
                .query(Long.class).single();
    }

    Optional<LocalDate> documentIssuedOn(long documentId) {
        return jdbc.sql("SELECT issued_on FROM policy_document WHERE id = ?").param(documentId).query(LocalDate.class).optional();
    }

    Optional<LocalDate> documentValidTo(long documentId) {
        return jdbc.sql("SELECT valid_to FROM policy_document WHERE id = ? AND valid_to IS NOT NULL").param(documentId)
                .query(LocalDate.class).optional();
    }

    long createItem(long documentId, String departmentCode) {
        return jdbc.sql("INSERT INTO policy_item (document_id, department_code) VALUES (?, ?) RETURNING id")
                .params(documentId, departmentCode).query(Long.class).single();
    }

    long insertVersion(long itemId, int version, ItemContent c, String author) {
        return jdbc.sql("""
                INSERT INTO policy_item_version (item_id, version, status, name, benefit_type, content, beneficiaries,
                    conditions, formula, cap_fen, amount_illustrative, fixtures, materials, procedure_steps, window_from,
                    window_to, payout_days, contact_person, contact_phone, contact_address, no_application,
                    exclusion_group, yearly_cap_fen, budget_fen, author)
                VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(itemId, version, c.name(), c.benefitType().name(), c.content(), c.beneficiaries(), c.conditions(),
                        c.formula(), c.capFen(), c.amountIllustrative(), c.fixtures(), json(c.materials()),
                        json(c.procedureSteps()), c.windowFrom(), c.windowTo(), c.payoutDays(), c.contactPerson(),
                        c.contactPhone(), c.contactAddress(), c.noApplication(), c.exclusionGroup(), c.yearlyCapFen(),
                        c.budgetFen(), author)
                .query(Long.class).single();
    }

    void updateDraft(long versionId, ItemContent c) {
        jdbc.sql("""
                UPDATE policy_item_version SET name = ?, benefit_type = ?, content = ?, beneficiaries = ?, conditions = ?,
                    formula = ?, cap_fen = ?, amount_illustrative = ?, fixtures = ?, materials = ?, procedure_steps = ?,
                    window_from = ?, window_to = ?, payout_days = ?, contact_person = ?, contact_phone = ?,
                    contact_address = ?, no_application = ?, exclusion_group = ?, yearly_cap_fen = ?, budget_fen = ?
                WHERE id = ? AND status = 'DRAFT'""")
                .params(c.name(), c.benefitType().name(), c.content(), c.beneficiaries(), c.conditions(), c.formula(),
                        c.capFen(), c.amountIllustrative(), c.fixtures(), json(c.materials()), json(c.procedureSteps()),
                        c.windowFrom(), c.windowTo(), c.payoutDays(), c.contactPerson(), c.contactPhone(),
                        c.contactAddress(), c.noApplication(), c.exclusionGroup(), c.yearlyCapFen(), c.budgetFen(),
                        versionId)
                .update();
    }

    Optional<ItemVersionView> find(long versionId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE v.id = ?").param(versionId).query(ItemVersions::view).optional();
    }

    Optional<ItemVersionView> published(long itemId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE v.item_id = ? AND v.status = 'PUBLISHED'").param(itemId)
                .query(ItemVersions::view).optional();
    }

    int maxVersion(long itemId) {
        return jdbc.sql("SELECT max(version) FROM policy_item_version WHERE item_id = ?").param(itemId)
                .query(Integer.class).single();
    }

    List<ItemVersionView> allPublished() {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE v.status = 'PUBLISHED' ORDER BY v.item_id").query(ItemVersions::view).list();
    }

    List<ItemVersionView> ofDepartment(String departmentCode) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE i.department_code = ? ORDER BY v.item_id, v.version")
                .param(departmentCode).query(ItemVersions::view).list();
    }

    /** Publishes expiring at the document's end: PUBLISHED versions whose document ended before {@code today}. */
    List<Long> publishedWithDocumentEndedBefore(LocalDate today) {
        return jdbc.sql("""
                SELECT v.id FROM policy_item_version v JOIN policy_item i ON i.id = v.item_id
                JOIN policy_document d ON d.id = i.document_id
                WHERE v.status = 'PUBLISHED' AND d.valid_to < ?""").param(today).query(Long.class).list();
    }

    void submitted(long versionId) {
        jdbc.sql("UPDATE policy_item_version SET status = 'IN_REVIEW', submitted_at = now() WHERE id = ?")
                .param(versionId).update();
    }

    void sentBack(long versionId, String reviewer, String note) {
        jdbc.sql("""
                UPDATE policy_item_version SET status = 'DRAFT', reviewer = ?, reviewed_at = now(), review_note = ?
                WHERE id = ?""").params(reviewer, note, versionId).update();
    }

    void supersede(long versionId, LocalDate effectiveTo) {
        jdbc.sql("""
                UPDATE policy_item_version SET status = 'SUPERSEDED', effective_to = ?, ended_at = now()
                WHERE id = ?""").params(effectiveTo, versionId).update();
    }

    void published(long versionId, String reviewer, String note, LocalDate effectiveFrom) {
        jdbc.sql("""
                UPDATE policy_item_version SET status = 'PUBLISHED', reviewer = ?, reviewed_at = now(), review_note = ?,
                    published_at = now(), effective_from = ? WHERE id = ?""")
                .params(reviewer, note, effectiveFrom, versionId).update();
    }

    /**
     * Ends a published version; false when it is no longer published (another run or person ended it first) — then
     * nothing is written and the caller must not record or announce the end a second time.
     */
    boolean ended(long versionId, ItemStatus status, LocalDate effectiveTo) {
        return jdbc.sql("""
                UPDATE policy_item_version SET status = ?, effective_to = ?, ended_at = now()
                WHERE id = ? AND status = 'PUBLISHED'""")
                .params(status.name(), effectiveTo, versionId).update() == 1;
    }

    void audit(long versionId, String actor, String action, ItemStatus before, ItemStatus after, String note) {
        jdbc.sql("""
                INSERT INTO policy_audit (version_id, actor, action, status_before, status_after, note)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(versionId, actor, action, before == null ? null : before.name(), after.name(), note).update();
    }

    List<org.jiqitong.policy.DocumentView> documents() {
        return jdbc.sql("SELECT id, doc_number, title, issued_on FROM policy_document ORDER BY issued_on DESC, id DESC")
                .query(org.jiqitong.policy.DocumentView.class).list();
    }

    List<String> auditTrail(long versionId) {
        return jdbc.sql("SELECT action || ':' || status_after FROM policy_audit WHERE version_id = ? ORDER BY id")
                .param(versionId).query(String.class).list();
    }

    List<org.jiqitong.policy.AuditEntry> auditEntries(long versionId) {
        return jdbc.sql("SELECT at, actor, action, status_after, note FROM policy_audit WHERE version_id = ? ORDER BY id")
                .param(versionId).query((rs, i) -> new org.jiqitong.policy.AuditEntry(rs.getObject(1, OffsetDateTime.class),
                        rs.getString(2), rs.getString(3), ItemStatus.valueOf(rs.getString(4)), rs.getString(5))).list();
    }

    private static ItemVersionView view(ResultSet rs, int row) throws SQLException {
        ItemContent c = new ItemContent(rs.getString(8), BenefitType.valueOf(rs.getString(9)), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), (Long) rs.getObject(14), rs.getBoolean(15),
                rs.getString(16), list(rs.getString(17)), list(rs.getString(18)), rs.getObject(19, LocalDate.class),
                rs.getObject(20, LocalDate.class), (Integer) rs.getObject(21), rs.getString(22), rs.getString(23),
                rs.getString(24), (Boolean) rs.getObject(25), rs.getString(26), (Long) rs.getObject(27),
                (Long) rs.getObject(28));
        return new ItemVersionView(rs.getLong(1), rs.getLong(2), rs.getInt(3), ItemStatus.valueOf(rs.getString(4)),
                rs.getString(5), rs.getLong(6), rs.getString(7), c, rs.getObject(29, LocalDate.class),
                rs.getObject(30, LocalDate.class), rs.getString(31), rs.getString(32), rs.getString(33),
                rs.getObject(34, OffsetDateTime.class));
    }

    private static String json(List<String> list) {
        return JSON.writeValueAsString(list);
    }

    private static List<String> list(String json) {
        return JSON.readValue(json, new TypeReference<List<String>>() { });
    }
}
