-- jobs: long work (imports, sweeps, 免申即享 snapshots) as stored rows with state, step and counts. At most one job
-- per kind and subject is queued or running at a time; a second request for the same work joins it. The instance
-- running a job beats its heart (in the database's time, the one clock all instances share); a job whose heart
-- stopped is failed with the reason by any instance.
CREATE TABLE job (
    id            bigserial PRIMARY KEY,
    kind          text NOT NULL CHECK (kind ~ '^[A-Z_]{2,40}$'),
    subject       text NOT NULL DEFAULT '' CHECK (length(subject) <= 200),
    state         text NOT NULL CHECK (state IN ('QUEUED','RUNNING','SUCCEEDED','FAILED')),
    step          text,
    done          bigint NOT NULL DEFAULT 0,
    total         bigint,
    result        json,
    error         text,
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL,
    started_at    timestamptz,
    finished_at   timestamptz,
    heartbeat_at  timestamptz NOT NULL,
    owner         text NOT NULL,
    CHECK ((state IN ('SUCCEEDED','FAILED')) = (finished_at IS NOT NULL))
);
CREATE UNIQUE INDEX job_one_active_per_subject ON job (kind, subject) WHERE state IN ('QUEUED','RUNNING');
CREATE INDEX job_kind_recent ON job (kind, id DESC);
