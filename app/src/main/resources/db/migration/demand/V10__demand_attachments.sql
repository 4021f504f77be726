-- Attachments of a demand (photos, documents), stored once by content like application materials.
CREATE TABLE demand_attachment (
    demand_id  bigint NOT NULL REFERENCES demand (id),
    sha256     char(64) NOT NULL REFERENCES redemption_blob (sha256),
    file_name  text NOT NULL,
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (demand_id, sha256)
);
