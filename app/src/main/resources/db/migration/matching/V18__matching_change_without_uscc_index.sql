-- Nothing reads the change log by USCC (an entity's verdicts are read from the stored results, its messages from the
-- inbox); the index made every recorded change a random insert into a second large B-tree. A publish that changes
-- hundreds of thousands of verdicts records them at about twice the speed without it.
DROP INDEX IF EXISTS matching_change_uscc;
