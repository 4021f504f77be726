-- 免申即享: the platform lists who qualifies, the department reviews the list, finance pays — no application.

-- A batch is a snapshot of the sweep for one item version: the data as of a moment, the listed entities with their
-- computed amounts, and the SHA-256 of all of it (the same data and rule version always give the same hash).
CREATE TABLE no_application_batch (
    id               bigserial PRIMARY KEY,
    item_id          bigint NOT NULL,
    version_id       bigint NOT NULL,
    item_name        text NOT NULL,
    department_code  text NOT NULL,
    as_of            date NOT NULL,
    snapshot_hash    char(64) NOT NULL CHECK (snapshot_hash ~ '^[0-9a-f]{64}$'),
    status           text NOT NULL CHECK (status IN ('IN_REVIEW','IN_NOTICE','CONFIRMING','CLOSED')),
    started_by       text NOT NULL,
    started_at       timestamptz NOT NULL DEFAULT now(),
    approved_by      text,
    approved_at      timestamptz,
    notice_ends_on   date,
    confirm_by       date,
    remind_on        date
);
-- one open batch per item at a time
CREATE UNIQUE INDEX no_application_batch_one_open ON no_application_batch (item_id) WHERE status <> 'CLOSED';

CREATE TABLE no_application_line (
    batch_id        bigint NOT NULL REFERENCES no_application_batch (id),
    uscc            char(18) NOT NULL,
    item_id         bigint NOT NULL,
    entity_name     text NOT NULL,
    amount_fen      bigint NOT NULL CHECK (amount_fen > 0),
    explanation     text NOT NULL,
    eligible_since  timestamptz,
    state           text NOT NULL CHECK (state IN ('LISTED','EXCLUDED','NOTIFIED','CONFIRMED','DECLINED','LAPSED')),
    reason          text,
    application_id  bigint REFERENCES redemption_application (id),
    reminded_at     timestamptz,
    decided_at      timestamptz,
    PRIMARY KEY (batch_id, uscc),
    CHECK (state <> 'EXCLUDED' OR reason IS NOT NULL),
    CHECK (state <> 'CONFIRMED' OR application_id IS NOT NULL)
);
-- an entity is in at most one live line per item (excluded, declined and lapsed lines let a later batch list it again)
CREATE UNIQUE INDEX no_application_line_live ON no_application_line (item_id, uscc) WHERE state IN ('LISTED','NOTIFIED','CONFIRMED');

CREATE TABLE no_application_objection (
    id               bigserial PRIMARY KEY,
    batch_id         bigint NOT NULL,
    uscc             char(18) NOT NULL,
    text             text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    raised_at        timestamptz NOT NULL DEFAULT now(),
    resolution       text CHECK (resolution IN ('UPHELD','DISMISSED')),
    resolution_note  text,
    resolved_by      text,
    resolved_at      timestamptz,
    FOREIGN KEY (batch_id, uscc) REFERENCES no_application_line (batch_id, uscc)
);

CREATE TABLE no_application_event (
    id         bigserial PRIMARY KEY,
    batch_id   bigint NOT NULL REFERENCES no_application_batch (id),
    uscc       char(18),
    at         timestamptz NOT NULL DEFAULT now(),
    action     text NOT NULL,
    reason     text,
    actor      text NOT NULL
);

-- A data error a reviewer found, fed back to the registry's source.
CREATE TABLE registry_feedback (
    id          bigserial PRIMARY KEY,
    uscc        char(18) NOT NULL,
    message     text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
    raised_by   text NOT NULL,
    context     text,
    raised_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz
);

-- Confirmed lines are paid as applications of their own channel, through the same ledger.
ALTER TABLE redemption_application ADD COLUMN channel text NOT NULL DEFAULT 'APPLICATION'
    CHECK (channel IN ('APPLICATION','NO_APPLICATION'));
ALTER TABLE payout_line ADD COLUMN channel text NOT NULL DEFAULT 'APPLICATION'
    CHECK (channel IN ('APPLICATION','NO_APPLICATION'));

-- Never twice for the same item in a year: a 免申即享 payout at most once per enterprise, item and year, and never
-- beside a payout of the other channel for the same enterprise, item and year.
CREATE UNIQUE INDEX payout_no_application_once ON payout_line (uscc, item_id, year) WHERE channel = 'NO_APPLICATION';
CREATE FUNCTION payout_line_one_channel() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(NEW.uscc || ':' || NEW.item_id || ':' || NEW.year, 0));
    IF EXISTS (SELECT 1 FROM payout_line WHERE uscc = NEW.uscc AND item_id = NEW.item_id AND year = NEW.year
               AND channel <> NEW.channel) THEN
        RAISE EXCEPTION 'payout_line_one_channel: % already paid item % in % through the other channel',
            NEW.uscc, NEW.item_id, NEW.year USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER payout_line_one_channel BEFORE INSERT ON payout_line
    FOR EACH ROW EXECUTE FUNCTION payout_line_one_channel();

-- Inbox messages that are not about an eligibility change carry their own key (at most one per key).
ALTER TABLE notification_message ADD COLUMN dedup_key text UNIQUE;
