-- A required material may be a document of the enterprise's vault (an e-licence, or a material given before): the
-- application then refers to the document, read under the grant its submission recorded. Materials already given
-- move into their enterprises' vaults by their SHA-256 (the files are not copied), and so do demands' attachments.
ALTER TABLE redemption_material ADD COLUMN vault_document_id bigint REFERENCES vault_document (id);
ALTER TABLE redemption_material ALTER COLUMN sha256 DROP NOT NULL;
ALTER TABLE redemption_material ADD CONSTRAINT redemption_material_file_or_document
    CHECK (sha256 IS NOT NULL OR vault_document_id IS NOT NULL);

INSERT INTO vault_document (uscc, kind, name, status, sha256, file_name, issued_by, created_at)
SELECT DISTINCT ON (a.uscc, m.name, m.sha256) a.uscc, 'MATERIAL', m.name, 'VALID', m.sha256, m.file_name, a.uscc, m.added_at
FROM redemption_material m JOIN redemption_application a ON a.id = m.application_id
JOIN registry_entity e ON e.uscc = a.uscc
ORDER BY a.uscc, m.name, m.sha256, m.added_at
ON CONFLICT DO NOTHING;

INSERT INTO vault_document (uscc, kind, name, status, sha256, file_name, issued_by, created_at)
SELECT DISTINCT ON (d.uscc, t.sha256) d.uscc, 'MATERIAL', '诉求附件', 'VALID', t.sha256, t.file_name, d.uscc, t.added_at
FROM demand_attachment t JOIN demand d ON d.id = t.demand_id JOIN registry_entity e ON e.uscc = d.uscc
ORDER BY d.uscc, t.sha256, t.added_at
ON CONFLICT DO NOTHING;
