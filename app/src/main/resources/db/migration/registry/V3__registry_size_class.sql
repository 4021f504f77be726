-- The size class (划型) of each entity, derived from its latest year of figures by the classifier in rules/
-- and stored for searching. It has its own narrow table because a delivery of figures may reclassify a
-- million entities at once: rewriting a million wide entity rows (and all their indexes) measured 16 s,
-- writing narrow rows here a fraction of that. An entity without a row here is UNDETERMINED.
CREATE TABLE registry_size_class (
    uscc        char(18) PRIMARY KEY,
    size_class  text NOT NULL CHECK (size_class IN ('LARGE','MEDIUM','SMALL','MICRO','UNDETERMINED'))
);

-- Figures and qualifications name their entity by USCC. Every delivery checks each row's entity in the same
-- transaction, under the import's advisory lock, before it merges (a row for an unknown entity is refused
-- with its row number), and entities are never deleted: closing one is a status (注销/吊销). A foreign key
-- would check the same thing a second time through a per-row trigger, which measured as 37% of a bulk
-- figures merge, so the check lives in the pipeline only.
ALTER TABLE registry_figures DROP CONSTRAINT registry_figures_uscc_fkey;
ALTER TABLE registry_qualification DROP CONSTRAINT registry_qualification_uscc_fkey;
