-- A publish makes its results visible at once and records its verdict changes (and their 政策找人 messages) right
-- after, in a second transaction. Between the two, the verdicts the item had before wait here; a crash in between
-- leaves the row, and the next full sweep (the first after a start) records the changes from it.
CREATE TABLE matching_pending_diff (
    item_id               bigint PRIMARY KEY,
    before_version_id     bigint,
    before_eligible       bytea,
    before_undetermined   bytea,
    cause                 text NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now()
);
