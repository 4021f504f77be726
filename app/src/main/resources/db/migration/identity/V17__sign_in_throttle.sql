-- Issue 13.4: sign-in throttling by account and source address with a growing delay, instead of a hard lock that
-- anyone could put on anyone's account. One row per key: 'pair:<username>|<address>' (one source guessing one
-- account) and 'account:<username>' (many sources guessing one account, with a much higher allowance). Rows are kept
-- for usernames that do not exist as well, so an unknown and a throttled account answer alike.
CREATE TABLE identity_throttle (
    key              text PRIMARY KEY,
    username         text NOT NULL,
    remote_address   text,
    failures         integer NOT NULL,
    last_failure_at  timestamptz NOT NULL,
    blocked_until    timestamptz
);
CREATE INDEX identity_throttle_username ON identity_throttle (username);

-- who unlocked an account (an administrator's decision is audited like a sign-in)
ALTER TABLE identity_sign_in ADD COLUMN actor text;
