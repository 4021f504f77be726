-- Issue 13.23: an Open311 client's api_key is kept as its SHA-256 only (a copy of the table no longer hands out keys).
-- The key stays at least 16 characters (checked when it is registered, in Java).
ALTER TABLE open311_client ADD COLUMN key_sha256 bytea;
UPDATE open311_client SET key_sha256 = sha256(convert_to(api_key, 'UTF8'));
ALTER TABLE open311_client DROP CONSTRAINT open311_client_pkey;
ALTER TABLE open311_client DROP COLUMN api_key;
ALTER TABLE open311_client ALTER COLUMN key_sha256 SET NOT NULL;
ALTER TABLE open311_client ADD PRIMARY KEY (key_sha256);
