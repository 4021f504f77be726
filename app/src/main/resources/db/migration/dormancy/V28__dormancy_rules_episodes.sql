-- 企业休眠 (十条措施 二): the rule set (versioned; ADMIN edits make a new version), each episode with its dates and
-- decisions, and every step of it. The registry's status follows through deliveries from the source DORMANCY.

INSERT INTO registry_source (code, name_zh, name_en) VALUES
    ('DORMANCY', '休眠备案(市市场监督管理局)', 'Dormancy registration (Market Regulation)');

CREATE TABLE dormancy_rules (
    version                serial      PRIMARY KEY,
    episode_years          integer     NOT NULL CHECK (episode_years BETWEEN 1 AND 10),
    cumulative_days        integer     CHECK (cumulative_days BETWEEN 1 AND 7300),
    extension_window_days  integer     NOT NULL CHECK (extension_window_days BETWEEN 1 AND 365),
    exclude_listed         boolean     NOT NULL,
    excluded_types         text[]      NOT NULL,
    excluded_flags         text[]      NOT NULL,
    changed_by             text        NOT NULL,
    changed_at             timestamptz NOT NULL
);
INSERT INTO dormancy_rules (episode_years, cumulative_days, extension_window_days, exclude_listed, excluded_types,
                            excluded_flags, changed_by, changed_at)
VALUES (2, 1096, 30, true, ARRAY['BRANCH', 'INDIVIDUAL_BUSINESS'], ARRAY['ABNORMAL_OPERATION', 'SERIOUS_DISHONESTY'],
        'seed', now());

CREATE TABLE dormancy_episode (
    id                bigserial   PRIMARY KEY,
    uscc              char(18)    NOT NULL REFERENCES registry_entity (uscc),
    receipt_no        text        NOT NULL UNIQUE,
    status            text        NOT NULL CHECK (status IN ('APPLIED', 'REFUSED', 'REGISTERED', 'RECOVERED', 'EXPIRED',
                                                             'ENDED_MALICIOUS')),
    start_on          date        NOT NULL,
    end_on            date        NOT NULL CHECK (end_on >= start_on),
    ended_on          date,
    service_address   text        NOT NULL CHECK (length(service_address) BETWEEN 1 AND 300),
    contact           text        NOT NULL CHECK (length(contact) BETWEEN 1 AND 100),
    reason            text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    decision_note     text        CHECK (length(decision_note) <= 1000),
    rules_version     integer     NOT NULL REFERENCES dormancy_rules (version),
    applied_by        text        NOT NULL,
    created_at        timestamptz NOT NULL
);
CREATE UNIQUE INDEX dormancy_one_open ON dormancy_episode (uscc) WHERE status IN ('APPLIED', 'REGISTERED');
CREATE INDEX dormancy_episode_holder ON dormancy_episode (uscc, start_on);
CREATE SEQUENCE dormancy_receipt_seq;

CREATE TABLE dormancy_event (
    id          bigserial   PRIMARY KEY,
    episode_id  bigint      NOT NULL REFERENCES dormancy_episode (id),
    action      text        NOT NULL,
    note        text,
    actor       text        NOT NULL,
    at          timestamptz NOT NULL
);
