-- registry: the structure of the population for the dashboards, as materialised summaries (a few thousand rows),
-- refreshed after deliveries and nightly, so a page view never counts 1.5 million entities.
CREATE MATERIALIZED VIEW registry_entity_summary AS
SELECT e.district_code, substr(e.industry_code, 1, 1) AS section, COALESCE(e.ownership, 'UNKNOWN') AS ownership,
       e.status, COALESCE(sc.size_class, 'UNDETERMINED') AS size_class, count(*) AS n
FROM registry_entity e LEFT JOIN registry_size_class sc ON sc.uscc = e.uscc
GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX registry_entity_summary_key
    ON registry_entity_summary (district_code, section, ownership, status, size_class);

-- entities by the month they were founded (新设), per district and economic type
CREATE MATERIALIZED VIEW registry_founded_by_month AS
SELECT date_trunc('month', e.established_on)::date AS month, e.district_code,
       COALESCE(e.ownership, 'UNKNOWN') AS ownership, count(*) AS n
FROM registry_entity e WHERE e.established_on IS NOT NULL
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX registry_founded_by_month_key ON registry_founded_by_month (month, district_code, ownership);

CREATE TABLE registry_summary_refresh (
    id           smallint PRIMARY KEY CHECK (id = 1),
    refreshed_at timestamptz NOT NULL
);
INSERT INTO registry_summary_refresh VALUES (1, now());
