-- 数字保险箱: the append-only log (RFC 9162 hashing), evidence types, documents (materials and e-licences),
-- grants (consent, window codes) and every read.

CREATE TABLE vault_log_head (
    id    smallint PRIMARY KEY CHECK (id = 1),
    size  bigint   NOT NULL CHECK (size >= 0),
    hash  text     NOT NULL CHECK (hash IN ('SHA256', 'SM3'))
);

-- the exact bytes of each entry (what is hashed), in order; never updated or deleted
CREATE TABLE vault_log_entry (
    idx        bigint      PRIMARY KEY CHECK (idx >= 0),
    leaf_input bytea       NOT NULL,
    at         timestamptz NOT NULL
);

-- the hash of every complete, aligned subtree: (level, idx) covers leaves [idx * 2^level, (idx + 1) * 2^level)
CREATE TABLE vault_log_node (
    level smallint NOT NULL CHECK (level >= 0 AND level < 64),
    idx   bigint   NOT NULL CHECK (idx >= 0),
    hash  bytea    NOT NULL,
    PRIMARY KEY (level, idx)
);

CREATE TABLE vault_evidence_type (
    code               text    PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_zh            text    NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 100),
    name_en            text    NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    issuer_department  text    NOT NULL REFERENCES identity_department (code),
    expires            boolean NOT NULL,
    -- the names under which policy items ask for it as a required material (its Chinese name among them)
    material_names     text[]  NOT NULL
);

CREATE TABLE vault_document (
    id                 bigserial   PRIMARY KEY,
    uscc               char(18)    NOT NULL REFERENCES registry_entity (uscc),
    kind               text        NOT NULL CHECK (kind IN ('MATERIAL', 'LICENCE')),
    type_code          text        REFERENCES vault_evidence_type (code),
    name               text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    licence_no         text        CHECK (length(licence_no) BETWEEN 1 AND 100),
    issuer_department  text        REFERENCES identity_department (code),
    issued_on          date,
    valid_until        date,
    status             text        NOT NULL CHECK (status IN ('VALID', 'EXPIRED', 'REVOKED', 'SUSPENDED')),
    status_reason      text        CHECK (length(status_reason) <= 500),
    sha256             char(64)    REFERENCES shared_blob (sha256),
    file_name          text        CHECK (length(file_name) <= 255),
    body               jsonb,
    -- who issued it and who last changed its status (staff; the log names only the department)
    issued_by          text        NOT NULL CHECK (length(issued_by) <= 100),
    status_by          text        CHECK (length(status_by) <= 100),
    created_at         timestamptz NOT NULL,
    CHECK (kind = 'MATERIAL' OR (type_code IS NOT NULL AND licence_no IS NOT NULL AND issuer_department IS NOT NULL
                                 AND issued_on IS NOT NULL)),
    CHECK (sha256 IS NOT NULL OR body IS NOT NULL),
    CHECK (valid_until IS NULL OR issued_on IS NULL OR valid_until >= issued_on)
);
CREATE UNIQUE INDEX vault_licence_number ON vault_document (issuer_department, type_code, licence_no) WHERE kind = 'LICENCE';
CREATE UNIQUE INDEX vault_material_once ON vault_document (uscc, name, sha256) WHERE kind = 'MATERIAL';
CREATE INDEX vault_document_holder ON vault_document (uscc, status);

CREATE TABLE vault_grant (
    id               bigserial   PRIMARY KEY,
    uscc             char(18)    NOT NULL REFERENCES registry_entity (uscc),
    department_code  text        REFERENCES identity_department (code),
    purpose          text        NOT NULL CHECK (purpose IN ('APPLICATION', 'DEMAND', 'PROCEDURE', 'WINDOW_CODE')),
    purpose_ref      text        NOT NULL CHECK (length(purpose_ref) BETWEEN 1 AND 200),
    valid_until      timestamptz NOT NULL,
    revoked_at       timestamptz,
    code_sha256      bytea,
    code_used_at     timestamptz,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    CHECK ((purpose = 'WINDOW_CODE') = (code_sha256 IS NOT NULL)),
    CHECK (purpose = 'WINDOW_CODE' OR department_code IS NOT NULL)
);
CREATE INDEX vault_grant_holder ON vault_grant (uscc, created_at DESC);
CREATE UNIQUE INDEX vault_grant_live_code ON vault_grant (code_sha256) WHERE code_sha256 IS NOT NULL AND code_used_at IS NULL;

CREATE TABLE vault_grant_document (
    grant_id     bigint NOT NULL REFERENCES vault_grant (id),
    document_id  bigint NOT NULL REFERENCES vault_document (id),
    PRIMARY KEY (grant_id, document_id)
);

CREATE TABLE vault_read (
    id               bigserial   PRIMARY KEY,
    grant_id         bigint      NOT NULL REFERENCES vault_grant (id),
    document_id      bigint      NOT NULL REFERENCES vault_document (id),
    department_code  text        NOT NULL,
    username         text        NOT NULL,
    log_index        bigint      NOT NULL,
    at               timestamptz NOT NULL
);
CREATE INDEX vault_read_document ON vault_read (document_id, at DESC);
