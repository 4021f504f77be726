-- ShedLock: one row per scheduled job; the instance that holds the row until lock_until runs the job, the others skip
-- that run. Times are the database's (usingDbTime), so instances with drifting clocks agree.
CREATE TABLE shedlock (
    name        varchar(64) PRIMARY KEY,
    lock_until  timestamp NOT NULL,
    locked_at   timestamp NOT NULL,
    locked_by   varchar(255) NOT NULL
);
