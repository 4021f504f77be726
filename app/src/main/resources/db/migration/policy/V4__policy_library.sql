-- policy (惠企政策库): documents, their items, and the versions of each item. A published version is never
-- edited: a change is a new version, which supersedes the old one when it is published.
CREATE TABLE policy_document (
    id                  bigserial PRIMARY KEY,
    doc_number          text NOT NULL UNIQUE,          -- 文号
    title               text NOT NULL,
    issuing_department  text NOT NULL,
    issued_on           date NOT NULL,
    valid_from          date NOT NULL,
    valid_to            date,
    source_url          text,
    original_text       text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE TABLE policy_item (
    id               bigserial PRIMARY KEY,
    document_id      bigint NOT NULL REFERENCES policy_document (id),
    department_code  text NOT NULL,                    -- the responsible (competent) department
    created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE policy_item_version (
    id                   bigserial PRIMARY KEY,
    item_id              bigint NOT NULL REFERENCES policy_item (id),
    version              integer NOT NULL CHECK (version >= 1),
    status               text NOT NULL CHECK (status IN ('DRAFT','IN_REVIEW','PUBLISHED','SUPERSEDED','WITHDRAWN','EXPIRED')),
    name                 text NOT NULL,
    benefit_type         text NOT NULL CHECK (benefit_type IN ('SUBSIDY','AWARD','LOAN_INTEREST','GUARANTEE','TAX',
                                                                 'QUALIFICATION','SERVICE')),
    content              text NOT NULL,
    beneficiaries        text NOT NULL,                -- 惠及对象
    conditions           text,                         -- the condition tree, JSON (rules/); required for review
    formula              text,                         -- CEL, fen
    cap_fen              bigint CHECK (cap_fen > 0),
    amount_illustrative  boolean NOT NULL DEFAULT false,
    fixtures             text NOT NULL DEFAULT '[]',   -- JSON test cases
    materials            text NOT NULL DEFAULT '[]',   -- JSON list of required materials
    procedure_steps      text NOT NULL DEFAULT '[]',   -- JSON list of steps
    window_from          date,
    window_to            date,                         -- no window: rolling
    payout_days          integer CHECK (payout_days > 0),
    contact_person       text,
    contact_phone        text,
    contact_address      text,
    no_application       boolean,                      -- 免申即享; required for documents issued from 2022-01-01
    exclusion_group      text,                         -- 就高不重复
    yearly_cap_fen       bigint CHECK (yearly_cap_fen > 0),
    budget_fen           bigint CHECK (budget_fen > 0),
    effective_from       date,
    effective_to         date,
    author               text NOT NULL,
    submitted_at         timestamptz,
    reviewer             text,
    reviewed_at          timestamptz,
    review_note          text,
    published_at         timestamptz,
    ended_at             timestamptz,
    UNIQUE (item_id, version),
    CHECK (window_to IS NULL OR window_from IS NULL OR window_to >= window_from),
    CHECK ((formula IS NULL) = (cap_fen IS NULL)),
    CHECK (status NOT IN ('PUBLISHED','SUPERSEDED','WITHDRAWN','EXPIRED') OR (reviewer IS NOT NULL AND reviewer <> author))
);
-- at most one published version of an item at a time
CREATE UNIQUE INDEX policy_item_one_published ON policy_item_version (item_id) WHERE status = 'PUBLISHED';
-- at most one open draft or review of an item at a time
CREATE UNIQUE INDEX policy_item_one_open ON policy_item_version (item_id) WHERE status IN ('DRAFT','IN_REVIEW');

-- every decision on an item version: who, when, what, before and after
CREATE TABLE policy_audit (
    id          bigserial PRIMARY KEY,
    version_id  bigint NOT NULL REFERENCES policy_item_version (id),
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    action      text NOT NULL,
    status_before text,
    status_after  text NOT NULL,
    note        text
);
