package org.jiqitong.vault.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiqitong.vault.EvidenceType;
import org.jiqitong.vault.NewLicence;
import org.jiqitong.vault.VaultDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The vault's documents and evidence types. A status changes by compare-and-set, so two clicks cannot both win. */
@Component
public class Documents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            SELECT id, uscc, kind, type_code, name, licence_no, issuer_department, issued_on, valid_until, status,
                   status_reason, sha256, file_name, body, created_at FROM vault_document""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Documents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<EvidenceType> types() {
        return jdbc.sql("SELECT code, name_zh, name_en, issuer_department, expires, material_names FROM vault_evidence_type ORDER BY code")
                .query((rs, i) -> new EvidenceType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), List.of((String[]) rs.getArray(6).getArray())))
                .list();
    }

    public Optional<EvidenceType> type(String code) {
        return types().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public long insertLicence(NewLicence l, String name, String issuer, String sha256, String fileName, String by) {
        return jdbc.sql("""
                INSERT INTO vault_document (uscc, kind, type_code, name, licence_no, issuer_department, issued_on,
                                            valid_until, status, sha256, file_name, body, issued_by, created_at)
                VALUES (?, 'LICENCE', ?, ?, ?, ?, ?, ?, 'VALID', ?, ?, CAST(? AS jsonb), ?, ?) RETURNING id""")
                .params(l.holderUscc(), l.typeCode(), name, l.licenceNo(), issuer, l.issuedOn(), l.validUntil(), sha256,
                        fileName, l.body() == null || l.body().isEmpty() ? null : JSON.writeValueAsString(l.body()), by,
                        OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    /** A material the enterprise gave (once per name and file: giving it again finds it). */
    public Optional<Long> insertMaterial(String uscc, String name, String sha256, String fileName) {
        return jdbc.sql("""
                INSERT INTO vault_document (uscc, kind, name, status, sha256, file_name, issued_by, created_at)
                VALUES (?, 'MATERIAL', ?, 'VALID', ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id""")
                .params(uscc, name, sha256, fileName, uscc, OffsetDateTime.now(clock)).query(Long.class).optional();
    }

    public Optional<Long> materialId(String uscc, String name, String sha256) {
        return jdbc.sql("SELECT id FROM vault_document WHERE kind = 'MATERIAL' AND uscc = ? AND name = ? AND sha256 = ?")
                .params(uscc, name, sha256).query(Long.class).optional();
    }

    public Optional<VaultDocument> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(Documents::document).optional();
    }

    public List<VaultDocument> ofHolder(String uscc) {
        return jdbc.sql(COLUMNS + " WHERE uscc = ? ORDER BY kind DESC, created_at DESC, id DESC").param(uscc)
                .query(Documents::document).list();
    }

    public List<VaultDocument> issuedBy(String department, int limit) {
        return jdbc.sql(COLUMNS + " WHERE kind = 'LICENCE' AND issuer_department = ? ORDER BY id DESC LIMIT ?")
                .params(department, limit).query(Documents::document).list();
    }

    public boolean setStatus(long id, VaultDocument.Status from, VaultDocument.Status to, String reason, String by) {
        return jdbc.sql("UPDATE vault_document SET status = ?, status_reason = ?, status_by = ? WHERE id = ? AND status = ?")
                .params(to.name(), reason, by, id, from.name()).update() == 1;
    }

    /** Valid licences whose end has passed by {@code today}. */
    public List<Long> expiring(LocalDate today, int limit) {
        return jdbc.sql("""
                SELECT id FROM vault_document WHERE kind = 'LICENCE' AND status = 'VALID' AND valid_until < ?
                ORDER BY id LIMIT ?""").params(today, limit).query(Long.class).list();
    }

    public int count() {
        return jdbc.sql("SELECT count(*) FROM vault_document").query(Integer.class).single();
    }

    private static VaultDocument document(ResultSet rs, int i) throws SQLException {
        String body = rs.getString(14);
        return new VaultDocument(rs.getLong(1), rs.getString(2), VaultDocument.Kind.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class), VaultDocument.Status.valueOf(rs.getString(10)), rs.getString(11),
                rs.getString(12), rs.getString(13),
                body == null ? Map.of() : JSON.readValue(body, new TypeReference<Map<String, String>>() { }),
                rs.getObject(15, OffsetDateTime.class));
    }
}
