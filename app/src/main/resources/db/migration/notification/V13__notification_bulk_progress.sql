-- notification: how far the delivery of a bulk of eligibility changes has come. Each page of changes is delivered in
-- its own transaction and moves the cursor with it, so a delivery interrupted by a stop or a crash resumes where it
-- was when its event publication is submitted again (messages are unique per change as well).
CREATE TABLE notification_bulk_progress (
    first_change_id  bigint PRIMARY KEY,
    last_change_id   bigint NOT NULL,
    next_change_id   bigint NOT NULL,
    delivered        bigint NOT NULL DEFAULT 0,
    updated_at       timestamptz NOT NULL
);
