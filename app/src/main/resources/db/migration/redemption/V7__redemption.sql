-- redemption: 申报 → 受理 → 审核 → 公示 → 兑现, with the payout ledger's rules enforced by the database.

-- Files are stored once by content (SHA-256), under the data directory, never under a name a user gave.
CREATE TABLE redemption_blob (
    sha256        char(64) PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
    content_type  text NOT NULL CHECK (content_type IN ('application/pdf','image/png','image/jpeg')),
    stored_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE redemption_application (
    id                  bigserial PRIMARY KEY,
    receipt_no          text UNIQUE,
    uscc                char(18) NOT NULL,
    item_id             bigint NOT NULL,
    version_id          bigint NOT NULL,
    item_department     text NOT NULL,
    handler_department  text,
    handling            text CHECK (handling IN ('DIRECT','TRANSFER')),
    category            text,
    status              text NOT NULL CHECK (status IN ('DRAFT','SUBMITTED','ACCEPTED','REFUSED','IN_REVIEW',
                            'SUPPLEMENT','APPROVED','REJECTED','IN_NOTICE','NOTICE_PASSED','PAID','CLOSED')),
    form                jsonb NOT NULL DEFAULT '{}',
    declared            boolean NOT NULL DEFAULT false,
    suggested_fen       bigint CHECK (suggested_fen >= 0),
    approved_fen        bigint CHECK (approved_fen > 0),
    amount_reason       text,
    notice_ends_on      date,
    bank_account_name   text,
    bank_name           text,
    bank_account_no     text,
    bank_confirmed_at   timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    submitted_at        timestamptz,
    paid_at             timestamptz,
    CHECK (status = 'DRAFT' OR receipt_no IS NOT NULL),
    CHECK (approved_fen IS NULL OR status IN ('APPROVED','IN_NOTICE','NOTICE_PASSED','PAID','CLOSED','REJECTED'))
);
-- one open application per enterprise and item
CREATE UNIQUE INDEX redemption_one_open ON redemption_application (uscc, item_id)
    WHERE status NOT IN ('REFUSED','REJECTED','CLOSED','PAID');
CREATE INDEX redemption_application_status ON redemption_application (status, handler_department);
CREATE SEQUENCE redemption_receipt_seq;

CREATE TABLE redemption_material (
    application_id  bigint NOT NULL REFERENCES redemption_application (id),
    name            text NOT NULL,
    sha256          char(64) NOT NULL REFERENCES redemption_blob (sha256),
    file_name       text NOT NULL,
    added_at        timestamptz NOT NULL DEFAULT now(),
    reused          boolean NOT NULL DEFAULT false,
    PRIMARY KEY (application_id, name)
);

-- Every step: the enterprise sees department, time and reason (never staff names); the audit keeps who and the
-- state before and after.
CREATE TABLE redemption_event (
    id               bigserial PRIMARY KEY,
    application_id   bigint NOT NULL REFERENCES redemption_application (id),
    at               timestamptz NOT NULL DEFAULT now(),
    action           text NOT NULL,
    from_status      text,
    to_status        text NOT NULL,
    department_code  text,
    reason           text,
    actor            text NOT NULL,
    detail           jsonb
);
CREATE INDEX redemption_event_application ON redemption_event (application_id, id);

-- 公示 objections: recorded, and resolved before any payout.
CREATE TABLE redemption_objection (
    id               bigserial PRIMARY KEY,
    application_id   bigint NOT NULL REFERENCES redemption_application (id),
    text             text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    raised_at        timestamptz NOT NULL DEFAULT now(),
    resolution       text CHECK (resolution IN ('UPHELD','DISMISSED')),
    resolution_note  text,
    resolved_by      text,
    resolved_at      timestamptz,
    CHECK ((resolution IS NULL) = (resolved_at IS NULL))
);

-- The payout ledger. One line per application (UNIQUE application_id), one idempotency key per payout, the
-- exclusion group (就高不重复) once per enterprise and year, the yearly cap per enterprise and item, the item's
-- budget: every rule is a constraint, so no code path can break it.
CREATE TABLE payout_budget (
    item_id     bigint PRIMARY KEY,
    budget_fen  bigint NOT NULL CHECK (budget_fen >= 0),
    paid_fen    bigint NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
    CHECK (paid_fen <= budget_fen)
);

CREATE TABLE payout_cap_usage (
    uscc      char(18) NOT NULL,
    item_id   bigint NOT NULL,
    year      integer NOT NULL,
    cap_fen   bigint NOT NULL CHECK (cap_fen > 0),
    paid_fen  bigint NOT NULL CHECK (paid_fen >= 0),
    PRIMARY KEY (uscc, item_id, year),
    CHECK (paid_fen <= cap_fen)
);

CREATE TABLE payout_batch (
    id           bigserial PRIMARY KEY,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    exported_at  timestamptz
);

CREATE TABLE payout_line (
    id               bigserial PRIMARY KEY,
    batch_id         bigint NOT NULL REFERENCES payout_batch (id),
    application_id   bigint NOT NULL UNIQUE REFERENCES redemption_application (id),
    idempotency_key  text NOT NULL UNIQUE,
    uscc             char(18) NOT NULL,
    item_id          bigint NOT NULL,
    year             integer NOT NULL,
    exclusion_group  text,
    amount_fen       bigint NOT NULL CHECK (amount_fen > 0),
    account_name     text NOT NULL,
    bank_name        text NOT NULL,
    account_no       text NOT NULL,
    state            text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING','PAID')),
    paid_at          timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((state = 'PAID') = (paid_at IS NOT NULL))
);
CREATE UNIQUE INDEX payout_one_per_exclusion_group ON payout_line (uscc, exclusion_group, year)
    WHERE exclusion_group IS NOT NULL;

-- 跟踪问效: after payout the enterprise rates the service.
CREATE TABLE redemption_rating (
    application_id  bigint PRIMARY KEY REFERENCES redemption_application (id),
    score           smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment         text CHECK (length(comment) <= 2000),
    rated_at        timestamptz NOT NULL DEFAULT now()
);
