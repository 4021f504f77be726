-- supervision: the working-day calendar and the clocks of every stage.

-- Days that differ from "Monday to Friday": public holidays (HOLIDAY) and 调休 make-up working days on a weekend
-- (WORKDAY). Shipped: the State Council's 2025 calendar (国办发明电〔2024〕12号) and 2026 calendar (国务院办公厅关于
-- 2026年部分节假日安排的通知, 2025-11-04). ADMIN edits it in the application.
CREATE TABLE supervision_calendar_day (
    day         date PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('HOLIDAY','WORKDAY')),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    updated_by  text NOT NULL DEFAULT 'system',
    updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO supervision_calendar_day (day, kind, name) VALUES
    ('2025-01-01', 'HOLIDAY', '元旦'),
    ('2025-01-28', 'HOLIDAY', '春节'),
    ('2025-01-29', 'HOLIDAY', '春节'),
    ('2025-01-30', 'HOLIDAY', '春节'),
    ('2025-01-31', 'HOLIDAY', '春节'),
    ('2025-02-01', 'HOLIDAY', '春节'),
    ('2025-02-02', 'HOLIDAY', '春节'),
    ('2025-02-03', 'HOLIDAY', '春节'),
    ('2025-02-04', 'HOLIDAY', '春节'),
    ('2025-04-04', 'HOLIDAY', '清明节'),
    ('2025-04-05', 'HOLIDAY', '清明节'),
    ('2025-04-06', 'HOLIDAY', '清明节'),
    ('2025-05-01', 'HOLIDAY', '劳动节'),
    ('2025-05-02', 'HOLIDAY', '劳动节'),
    ('2025-05-03', 'HOLIDAY', '劳动节'),
    ('2025-05-04', 'HOLIDAY', '劳动节'),
    ('2025-05-05', 'HOLIDAY', '劳动节'),
    ('2025-05-31', 'HOLIDAY', '端午节'),
    ('2025-06-01', 'HOLIDAY', '端午节'),
    ('2025-06-02', 'HOLIDAY', '端午节'),
    ('2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-05', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
    ('2026-01-01', 'HOLIDAY', '元旦'),
    ('2026-01-02', 'HOLIDAY', '元旦'),
    ('2026-01-03', 'HOLIDAY', '元旦'),
    ('2026-02-15', 'HOLIDAY', '春节'),
    ('2026-02-16', 'HOLIDAY', '春节'),
    ('2026-02-17', 'HOLIDAY', '春节'),
    ('2026-02-18', 'HOLIDAY', '春节'),
    ('2026-02-19', 'HOLIDAY', '春节'),
    ('2026-02-20', 'HOLIDAY', '春节'),
    ('2026-02-21', 'HOLIDAY', '春节'),
    ('2026-02-22', 'HOLIDAY', '春节'),
    ('2026-02-23', 'HOLIDAY', '春节'),
    ('2026-04-04', 'HOLIDAY', '清明节'),
    ('2026-04-05', 'HOLIDAY', '清明节'),
    ('2026-04-06', 'HOLIDAY', '清明节'),
    ('2026-05-01', 'HOLIDAY', '劳动节'),
    ('2026-05-02', 'HOLIDAY', '劳动节'),
    ('2026-05-03', 'HOLIDAY', '劳动节'),
    ('2026-05-04', 'HOLIDAY', '劳动节'),
    ('2026-05-05', 'HOLIDAY', '劳动节'),
    ('2026-06-19', 'HOLIDAY', '端午节'),
    ('2026-06-20', 'HOLIDAY', '端午节'),
    ('2026-06-21', 'HOLIDAY', '端午节'),
    ('2026-09-25', 'HOLIDAY', '中秋节'),
    ('2026-09-26', 'HOLIDAY', '中秋节'),
    ('2026-09-27', 'HOLIDAY', '中秋节'),
    ('2026-10-01', 'HOLIDAY', '国庆节'),
    ('2026-10-02', 'HOLIDAY', '国庆节'),
    ('2026-10-03', 'HOLIDAY', '国庆节'),
    ('2026-10-04', 'HOLIDAY', '国庆节'),
    ('2026-10-05', 'HOLIDAY', '国庆节'),
    ('2026-10-06', 'HOLIDAY', '国庆节'),
    ('2026-10-07', 'HOLIDAY', '国庆节'),
    ('2025-01-26', 'WORKDAY', '春节调休上班'),
    ('2025-02-08', 'WORKDAY', '春节调休上班'),
    ('2025-04-27', 'WORKDAY', '劳动节调休上班'),
    ('2025-09-28', 'WORKDAY', '国庆节调休上班'),
    ('2025-10-11', 'WORKDAY', '国庆节调休上班'),
    ('2026-01-04', 'WORKDAY', '元旦调休上班'),
    ('2026-02-14', 'WORKDAY', '春节调休上班'),
    ('2026-02-28', 'WORKDAY', '春节调休上班'),
    ('2026-05-09', 'WORKDAY', '劳动节调休上班'),
    ('2026-09-20', 'WORKDAY', '国庆节调休上班'),
    ('2026-10-10', 'WORKDAY', '国庆节调休上班');

-- One clock per stage of a piece of work: its SLA in working days, the due day, pauses (the clock stops while an
-- enterprise supplements), when it finished, and when it was escalated to the supervisors.
CREATE TABLE supervision_clock (
    id               bigserial PRIMARY KEY,
    subject          text NOT NULL,
    subject_id       bigint NOT NULL,
    stage            text NOT NULL,
    department_code  text,
    title            text NOT NULL,
    sla_days         integer NOT NULL CHECK (sla_days > 0),
    started_on       date NOT NULL,
    due_on           date NOT NULL,
    paused_since     date,
    finished_at      timestamptz,
    escalated_at     timestamptz,
    UNIQUE (subject, subject_id, stage)
);
CREATE INDEX supervision_clock_open ON supervision_clock (due_on) WHERE finished_at IS NULL;

-- 督办: a supervisor urges the handler of a clock; the handler sees the message.
CREATE TABLE supervision_urge (
    id          bigserial PRIMARY KEY,
    clock_id    bigint NOT NULL REFERENCES supervision_clock (id),
    urged_by    text NOT NULL,
    message     text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
    urged_at    timestamptz NOT NULL DEFAULT now(),
    seen_at     timestamptz
);
