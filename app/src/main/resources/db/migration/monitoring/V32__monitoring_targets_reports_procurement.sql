-- monitoring: the quantitative targets and their readings, the half-yearly reports, and procurement plan lines.
CREATE TABLE monitoring_target (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    measure     text NOT NULL CHECK (measure IN ('QUALIFIED_ENTITIES','RECORDED')),
    target      bigint NOT NULL CHECK (target > 0),
    unit        text NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
    start_on    date NOT NULL,
    due_on      date NOT NULL,
    source      text NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL,
    CHECK (due_on > start_on)
);

CREATE TABLE monitoring_target_reading (
    target_id   bigint NOT NULL REFERENCES monitoring_target (id),
    as_of       date NOT NULL,
    value       bigint NOT NULL CHECK (value >= 0),
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (target_id, as_of)
);

-- the seed's own targets (实施意见 5; 十条措施 七); talent housing is read from the housing bureau's figures
INSERT INTO monitoring_target (name, measure, target, unit, start_on, due_on, source, created_by, created_at) VALUES
    ('市级以上专精特新、单项冠军、瞪羚、独角兽企业总数', 'QUALIFIED_ENTITIES', 2000, '家', '2021-01-01', '2022-12-31',
     '关于加快推动民营经济高质量发展的实施意见 5;市场主体库资质数据', 'seed', now()),
    ('人才住房(2021年底)', 'RECORDED', 50000, '套', '2021-01-01', '2021-12-31',
     '济南市进一步改善营商环境十条措施 七;市住房和城乡建设局', 'seed', now()),
    ('人才住房(2022年底)', 'RECORDED', 100000, '套', '2021-01-01', '2022-12-31',
     '济南市进一步改善营商环境十条措施 七;市住房和城乡建设局', 'seed', now());

CREATE TABLE monitoring_report (
    id          bigserial PRIMARY KEY,
    half        text NOT NULL CHECK (half ~ '^[0-9]{4}-H[12]$'),
    state       text NOT NULL CHECK (state IN ('RUNNING','DONE','FAILED')),
    job_id      bigint,
    pdf         bytea,
    sha256      text,
    failure     text,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL,
    finished_at timestamptz,
    CHECK ((state = 'DONE') = (pdf IS NOT NULL))
);

CREATE TABLE monitoring_procurement_line (
    department_code   text NOT NULL,
    year              smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    line_id           text NOT NULL CHECK (length(line_id) BETWEEN 1 AND 50),
    category          text NOT NULL CHECK (category IN ('GOODS','SERVICES','WORKS')),
    budget_fen        bigint NOT NULL CHECK (budget_fen >= 0),
    suitable          boolean NOT NULL,
    reserved_fen      bigint NOT NULL CHECK (reserved_fen >= 0 AND reserved_fen <= budget_fen),
    small_micro_fen   bigint NOT NULL CHECK (small_micro_fen >= 0 AND small_micro_fen <= reserved_fen),
    uploaded_by       text NOT NULL,
    uploaded_at       timestamptz NOT NULL,
    PRIMARY KEY (department_code, year, line_id)
);
