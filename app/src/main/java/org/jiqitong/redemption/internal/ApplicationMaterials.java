package org.jiqitong.redemption.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiqitong.redemption.ApplicationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The materials an application was given (the files themselves are shared blobs), and those an enterprise gave before. */
@Component
public class ApplicationMaterials {

    private final JdbcClient jdbc;
    private final Clock clock;

    ApplicationMaterials(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public List<ApplicationView.Material> materials(long id) {
        return jdbc.sql("""
                SELECT m.name, m.sha256, m.file_name, m.reused, b.content_type, m.vault_document_id
                FROM redemption_material m LEFT JOIN shared_blob b USING (sha256) WHERE m.application_id = ?
                ORDER BY m.name""")
                .param(id).query((rs, i) -> new ApplicationView.Material(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4), rs.getString(5), (Long) rs.getObject(6))).list();
    }

    public void material(long id, String name, String sha256, String fileName, boolean reused) {
        material(id, name, sha256, fileName, reused, null);
    }

    /** A required material given: a file (by its hash) or a document of the enterprise's vault (by its id). */
    public void material(long id, String name, String sha256, String fileName, boolean reused, Long vaultDocument) {
        jdbc.sql("""
                INSERT INTO redemption_material (application_id, name, sha256, file_name, reused, added_at,
                                                 vault_document_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (application_id, name) DO UPDATE SET sha256 = excluded.sha256, file_name = excluded.file_name,
                    reused = excluded.reused, added_at = excluded.added_at,
                    vault_document_id = excluded.vault_document_id""")
                .params(id, name, sha256, fileName, reused, now(), vaultDocument).update();
    }

    /** Materials this enterprise gave before, latest first per name: offered again instead of asked for. */
    public List<ApplicationView.Material> earlierMaterials(String uscc, long exceptApplication) {
        return jdbc.sql("""
                SELECT DISTINCT ON (m.name) m.name, m.sha256, m.file_name, true, b.content_type FROM redemption_material m
                JOIN redemption_application a ON a.id = m.application_id JOIN shared_blob b ON b.sha256 = m.sha256
                WHERE a.uscc = ? AND a.id <> ? ORDER BY m.name, m.added_at DESC""").params(uscc, exceptApplication)
                .query((rs, i) -> new ApplicationView.Material(rs.getString(1), rs.getString(2), rs.getString(3), true,
                        rs.getString(5), null))
                .list();
    }
}
