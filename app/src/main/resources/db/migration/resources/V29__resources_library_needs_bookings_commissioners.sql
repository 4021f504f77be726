-- resources: 政府资源库 (the library of funds, land, space, shared facilities, finance products and services), the
-- enterprises' needs (企业点菜) routed to departments, bookings of shared facilities, and 服务专员.

CREATE TABLE resources_resource (
    id              bigserial PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('FUND','VENTURE_FUND','LAND','SPACE','FACILITY','FINANCE_PRODUCT','SERVICE')),
    department_code text NOT NULL,
    title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    district        text CHECK (district ~ '^[0-9]{6}$'),
    industries      text[] NOT NULL DEFAULT '{}',
    summary         text NOT NULL DEFAULT '' CHECK (length(summary) <= 4000),
    area_mu         numeric(12,2) CHECK (area_mu > 0),
    area_m2         numeric(12,2) CHECK (area_m2 > 0),
    rent_fen        bigint CHECK (rent_fen >= 0),
    amount_min_fen  bigint CHECK (amount_min_fen >= 0),
    amount_max_fen  bigint CHECK (amount_max_fen > 0),
    rate_bp         integer CHECK (rate_bp BETWEEN 0 AND 10000),
    fee_rate_bp     integer CHECK (fee_rate_bp BETWEEN 0 AND 10000),
    supply_mode     text CHECK (supply_mode IN ('TRANSFER','FLEXIBLE_TERM','LEASE_THEN_TRANSFER','LEASE_AND_TRANSFER')),
    tags            text[] NOT NULL DEFAULT '{}',
    available_from  date,
    open_from       time,
    open_to         time,
    slot_minutes    integer CHECK (slot_minutes BETWEEN 15 AND 480),
    linked_items    bigint[] NOT NULL DEFAULT '{}',
    details         jsonb NOT NULL DEFAULT '{}',
    condition       jsonb,
    fixtures        jsonb,
    illustrative    boolean NOT NULL DEFAULT false,
    status          text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED','PUBLISHED','CLOSED')),
    row_version     integer NOT NULL DEFAULT 0,
    author          text NOT NULL,
    approver        text,
    created_at      timestamptz NOT NULL,
    published_at    timestamptz,
    closed_at       timestamptz,
    CHECK (amount_min_fen IS NULL OR amount_max_fen IS NULL OR amount_min_fen <= amount_max_fen),
    CHECK (open_from IS NULL OR open_to IS NULL OR open_from < open_to),
    -- four eyes: who publishes is never who wrote it
    CHECK (approver IS NULL OR approver <> author)
);
CREATE INDEX resources_resource_kind ON resources_resource (status, kind, district);
CREATE INDEX resources_resource_department ON resources_resource (department_code, status);

CREATE TABLE resources_event (
    id          bigserial PRIMARY KEY,
    resource_id bigint NOT NULL REFERENCES resources_resource (id),
    action      text NOT NULL,
    from_status text,
    to_status   text NOT NULL,
    actor       text NOT NULL,
    reason      text CHECK (length(reason) <= 2000),
    at          timestamptz NOT NULL
);
CREATE INDEX resources_event_resource ON resources_event (resource_id, id);

CREATE TABLE resources_need (
    id            bigserial PRIMARY KEY,
    uscc          char(18) NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('LAND','SPACE','FINANCING','FACILITY','SERVICE')),
    area_mu       numeric(12,2) CHECK (area_mu > 0),
    area_m2       numeric(12,2) CHECK (area_m2 > 0),
    amount_fen    bigint CHECK (amount_fen > 0),
    max_rent_fen  bigint CHECK (max_rent_fen >= 0),
    districts     text[] NOT NULL DEFAULT '{}',
    industry      text,
    needed_by     date,
    description   text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    status        text NOT NULL CHECK (status IN ('DRAFT','OPEN','CLOSED')),
    drafted_by    text,
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL,
    confirmed_at  timestamptz,
    closed_at     timestamptz,
    row_version   integer NOT NULL DEFAULT 0
);
CREATE INDEX resources_need_uscc ON resources_need (uscc, id);
CREATE INDEX resources_need_open ON resources_need (kind) WHERE status = 'OPEN';

-- 企业需要、部门报到: each routed department answers on its clock
CREATE TABLE resources_need_route (
    id              bigserial PRIMARY KEY,
    need_id         bigint NOT NULL REFERENCES resources_need (id),
    department_code text NOT NULL,
    status          text NOT NULL CHECK (status IN ('ROUTED','RESPONDED')),
    response        text CHECK (length(response) <= 2000),
    responder       text,
    routed_at       timestamptz NOT NULL,
    responded_at    timestamptz,
    UNIQUE (need_id, department_code)
);
CREATE INDEX resources_need_route_department ON resources_need_route (department_code, status);

-- a published resource tells each enterprise whose open need it fits, once
CREATE TABLE resources_push (
    resource_id bigint NOT NULL REFERENCES resources_resource (id),
    need_id     bigint NOT NULL REFERENCES resources_need (id),
    at          timestamptz NOT NULL,
    PRIMARY KEY (resource_id, need_id)
);

-- bookings of shared facilities: the database refuses two live bookings of one facility that overlap
-- (an exclusion over the facility, as a one-point range, and the slot; no extension needed)
CREATE TABLE resources_booking (
    id          bigserial PRIMARY KEY,
    resource_id bigint NOT NULL REFERENCES resources_resource (id),
    uscc        char(18) NOT NULL,
    slot        tstzrange NOT NULL CHECK (NOT isempty(slot) AND lower_inc(slot) AND NOT upper_inc(slot)),
    purpose     text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
    status      text NOT NULL CHECK (status IN ('REQUESTED','APPROVED','REFUSED','CANCELLED')),
    decided_by  text,
    reason      text CHECK (length(reason) <= 1000),
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL,
    decided_at  timestamptz,
    row_version integer NOT NULL DEFAULT 0,
    CONSTRAINT resources_booking_no_overlap EXCLUDE USING gist (
        int8range(resource_id, resource_id, '[]') WITH &&, slot WITH &&) WHERE (status IN ('REQUESTED','APPROVED'))
);
CREATE INDEX resources_booking_uscc ON resources_booking (uscc, id);

-- 服务专员: one commissioner per key enterprise
CREATE TABLE resources_assignment (
    uscc         char(18) PRIMARY KEY,
    commissioner text NOT NULL,
    basis        text NOT NULL CHECK (length(basis) BETWEEN 1 AND 200),
    assigned_by  text NOT NULL,
    assigned_at  timestamptz NOT NULL
);
CREATE INDEX resources_assignment_commissioner ON resources_assignment (commissioner, uscc);

-- the enterprise's authorisation for its commissioner to act on its behalf (代办); revocable
CREATE TABLE resources_authorisation (
    id           bigserial PRIMARY KEY,
    uscc         char(18) NOT NULL,
    commissioner text NOT NULL,
    granted_by   text NOT NULL,
    granted_at   timestamptz NOT NULL,
    until        timestamptz NOT NULL,
    revoked_at   timestamptz,
    CHECK (until > granted_at)
);
CREATE INDEX resources_authorisation_uscc ON resources_authorisation (uscc, commissioner);

-- 走访记录 and their follow-ups
CREATE TABLE resources_visit (
    id           bigserial PRIMARY KEY,
    uscc         char(18) NOT NULL,
    commissioner text NOT NULL,
    visited_on   date NOT NULL,
    topics       text NOT NULL CHECK (length(topics) BETWEEN 1 AND 500),
    notes        text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    created_at   timestamptz NOT NULL
);
CREATE INDEX resources_visit_uscc ON resources_visit (uscc, visited_on DESC);

CREATE TABLE resources_follow_up (
    id       bigserial PRIMARY KEY,
    visit_id bigint NOT NULL REFERENCES resources_visit (id),
    what     text NOT NULL CHECK (length(what) BETWEEN 1 AND 500),
    due_on   date NOT NULL,
    done_at  timestamptz
);

-- every decision of this module, in one audit
CREATE TABLE resources_audit (
    id       bigserial PRIMARY KEY,
    subject  text NOT NULL,
    subject_id bigint,
    uscc     char(18),
    action   text NOT NULL,
    actor    text NOT NULL,
    detail   text CHECK (length(detail) <= 2000),
    at       timestamptz NOT NULL
);
CREATE INDEX resources_audit_uscc ON resources_audit (uscc, id);
