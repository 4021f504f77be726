package org.jiqitong.vault.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jiqitong.vault.VaultGrant;
import org.jiqitong.vault.VaultRead;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Grants (consent and window codes), their documents, and every read made under them. */
@Component
public class Grants {

    private static final String COLUMNS = """
            SELECT g.id, g.uscc, g.department_code, g.purpose, g.purpose_ref, g.valid_until, g.revoked_at,
                   g.code_used_at, g.created_at,
                   ARRAY(SELECT d.document_id FROM vault_grant_document d WHERE d.grant_id = g.id ORDER BY d.document_id)
            FROM vault_grant g""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Grants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(String uscc, String department, VaultGrant.Purpose purpose, String ref, OffsetDateTime until,
            byte[] codeSha256, List<Long> documents, String by) {
        long id = jdbc.sql("""
                INSERT INTO vault_grant (uscc, department_code, purpose, purpose_ref, valid_until, code_sha256, created_by,
                                         created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(uscc, department, purpose.name(), ref, until, codeSha256, by, OffsetDateTime.now(clock))
                .query(Long.class).single();
        for (long d : documents) {
            jdbc.sql("INSERT INTO vault_grant_document (grant_id, document_id) VALUES (?, ?)").params(id, d).update();
        }
        return id;
    }

    public Optional<VaultGrant> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE g.id = ?").param(id).query(Grants::grant).optional();
    }

    public List<VaultGrant> ofHolder(String uscc) {
        return jdbc.sql(COLUMNS + " WHERE g.uscc = ? ORDER BY g.created_at DESC, g.id DESC").param(uscc)
                .query(Grants::grant).list();
    }

    /** The live grants of a department (or, for a window code, none) covering a document, newest first. */
    public List<VaultGrant> liveFor(long documentId, String department, OffsetDateTime now) {
        return jdbc.sql(COLUMNS + " " + """
                 WHERE g.department_code = ? AND g.revoked_at IS NULL AND g.valid_until > ? AND g.purpose <> 'WINDOW_CODE'
                   AND EXISTS (SELECT 1 FROM vault_grant_document d WHERE d.grant_id = g.id AND d.document_id = ?)
                 ORDER BY g.created_at DESC""").params(department, now, documentId).query(Grants::grant).list();
    }

    /** The live grants to a department, newest first (its page of documents it may read). */
    public List<VaultGrant> liveTo(String department, OffsetDateTime now) {
        return jdbc.sql(COLUMNS + " WHERE g.department_code = ? AND g.revoked_at IS NULL AND g.valid_until > ?"
                + " AND g.purpose <> 'WINDOW_CODE' ORDER BY g.created_at DESC LIMIT 200").params(department, now)
                .query(Grants::grant).list();
    }

    /** The grants of a purpose (an application's, say). */
    public List<VaultGrant> forPurpose(VaultGrant.Purpose purpose, String ref) {
        return jdbc.sql(COLUMNS + " WHERE g.purpose = ? AND g.purpose_ref = ? ORDER BY g.id").params(purpose.name(), ref)
                .query(Grants::grant).list();
    }

    public boolean revoke(long id, OffsetDateTime at) {
        return jdbc.sql("UPDATE vault_grant SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL").params(at, id)
                .update() == 1;
    }

    /** The window code's grant, taken once: locked, and only if unused, unrevoked and unexpired. */
    public Optional<VaultGrant> takeCode(byte[] codeSha256, String department, OffsetDateTime now) {
        Optional<Long> id = jdbc.sql("""
                UPDATE vault_grant SET code_used_at = ?, department_code = ?
                WHERE code_sha256 = ? AND code_used_at IS NULL AND revoked_at IS NULL AND valid_until > ?
                RETURNING id""").params(now, department, codeSha256, now).query(Long.class).optional();
        return id.flatMap(this::find);
    }

    public void read(long grantId, long documentId, String department, String username, long logIndex) {
        jdbc.sql("""
                INSERT INTO vault_read (grant_id, document_id, department_code, username, log_index, at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(grantId, documentId, department, username, logIndex,
                OffsetDateTime.now(clock)).update();
    }

    /** Every read of the holder's documents, newest first (the department, never the person). */
    public List<VaultRead> readsOf(String uscc) {
        return jdbc.sql("""
                SELECT r.at, r.department_code, r.document_id, d.name, g.purpose, g.purpose_ref, r.log_index
                FROM vault_read r JOIN vault_document d ON d.id = r.document_id JOIN vault_grant g ON g.id = r.grant_id
                WHERE d.uscc = ? ORDER BY r.at DESC, r.id DESC LIMIT 500""").param(uscc)
                .query((rs, i) -> new VaultRead(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getLong(3),
                        rs.getString(4), VaultGrant.Purpose.valueOf(rs.getString(5)), rs.getString(6), rs.getLong(7)))
                .list();
    }

    private static VaultGrant grant(ResultSet rs, int i) throws SQLException {
        Long[] docs = (Long[]) rs.getArray(10).getArray();
        return new VaultGrant(rs.getLong(1), rs.getString(2), rs.getString(3),
                VaultGrant.Purpose.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class),
                rs.getObject(9, OffsetDateTime.class), Arrays.asList(docs));
    }
}
