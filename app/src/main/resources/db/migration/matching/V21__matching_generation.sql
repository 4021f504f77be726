-- The generation of the stored matching results: every commit of a sweep, a publish or a re-match, on any instance,
-- takes this row's lock, catches its in-memory state up to the database if another instance committed since (never
-- recording a change the other recorded), and counts it up. Instances that only read follow it every few seconds.
CREATE TABLE matching_generation (
    id     integer PRIMARY KEY CHECK (id = 1),
    value  bigint NOT NULL
);
INSERT INTO matching_generation (id, value) VALUES (1, 0);
