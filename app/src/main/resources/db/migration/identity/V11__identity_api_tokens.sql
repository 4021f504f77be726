-- identity: personal API tokens (Authorization: Bearer). Only the SHA-256 of the 256-bit secret is stored; the
-- secret is shown once when issued. A token acts exactly as its account (same role and scope) until revoked.
CREATE TABLE identity_api_token (
    id             bigserial PRIMARY KEY,
    user_id        bigint NOT NULL REFERENCES identity_user (id),
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    secret_sha256  bytea NOT NULL UNIQUE CHECK (length(secret_sha256) = 32),
    hint           text NOT NULL,
    created_at     timestamptz NOT NULL,
    last_used_at   timestamptz,
    revoked_at     timestamptz
);
CREATE INDEX identity_api_token_user ON identity_api_token (user_id, id);

-- who issued, revoked (and, at most once a minute per token, used) which token, from where
CREATE TABLE identity_api_token_event (
    id              bigserial PRIMARY KEY,
    token_id        bigint NOT NULL REFERENCES identity_api_token (id),
    username        text NOT NULL,
    action          text NOT NULL CHECK (action IN ('ISSUED','REVOKED','USED')),
    at              timestamptz NOT NULL,
    remote_address  text
);
CREATE INDEX identity_api_token_event_token ON identity_api_token_event (token_id, id);
