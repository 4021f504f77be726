-- The uploaded files belong to the shared kernel (BlobStore): applications' materials, demands' attachments and the
-- document safe to come all refer to them. A rename keeps every row and every foreign key.
ALTER TABLE redemption_blob RENAME TO shared_blob;
ALTER TABLE shared_blob RENAME CONSTRAINT redemption_blob_pkey TO shared_blob_pkey;
