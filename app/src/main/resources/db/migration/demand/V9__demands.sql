-- demand: 诉求 / 接诉即办 work orders from the web, the 找茬窗口 and the 12345 hotline (Open311 GeoReport v2).

-- The dispatch catalogue: each category goes to a department, with its clocks (ADMIN edits it).
CREATE TABLE demand_category (
    code             text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name_zh          text NOT NULL,
    name_en          text NOT NULL,
    description      text NOT NULL,
    department_code  text NOT NULL,
    respond_hours    integer NOT NULL CHECK (respond_hours > 0),
    resolve_days     integer NOT NULL CHECK (resolve_days > 0),
    grp              text NOT NULL,
    active           boolean NOT NULL DEFAULT true
);
INSERT INTO demand_category (code, name_zh, name_en, description, department_code, respond_hours, resolve_days, grp) VALUES
    ('POLICY',  '惠企政策咨询与兑现', 'Benefit policies', '政策咨询、申报兑现进度、政策落实不到位', 'IIT', 24, 5, '政策'),
    ('PERMIT',  '审批服务',           'Permits and approvals', '办事流程、审批时限、材料要求', 'APPROVAL', 24, 5, '政务服务'),
    ('MARKET',  '市场监管',           'Market regulation', '登记注册、经营异常、执法检查', 'AMR', 24, 10, '监管执法'),
    ('TAX',     '税费',               'Taxes and fees', '税费优惠、办税服务、乱收费', 'TAX', 24, 10, '税费'),
    ('FINANCE', '融资',               'Financing', '贷款、担保、转贷', 'FSA', 24, 10, '要素保障'),
    ('LABOUR',  '用工与人才',         'Labour and talent', '招工、社保、人才政策', 'HRSS', 24, 10, '要素保障'),
    ('OTHER',   '其他营商环境问题',   'Other business-environment issues', '找茬:其他影响营商环境的问题', 'SERVICE', 24, 10, '营商环境');

CREATE TABLE demand (
    id                  bigserial PRIMARY KEY,
    token               text NOT NULL UNIQUE,
    channel             text NOT NULL CHECK (channel IN ('WEB','WINDOW','HOTLINE')),
    uscc                char(18),
    caller_name         text,
    caller_phone        text,
    caller_email        text,
    category            text NOT NULL REFERENCES demand_category (code),
    description         text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
    address             text,
    lat                 double precision,
    lon                 double precision,
    first_receiver      text NOT NULL,
    department_code     text NOT NULL,
    status              text NOT NULL CHECK (status IN ('DISPATCHED','RESPONDED','RETURNED','REPLIED','CLOSED','REOPENED')),
    resolved            boolean,
    reply               text,
    rating              text CHECK (rating IN ('SATISFIED','BASIC','UNSATISFIED')),
    reopened            integer NOT NULL DEFAULT 0 CHECK (reopened BETWEEN 0 AND 1),
    respond_due         timestamptz NOT NULL,
    resolve_due         date NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    responded_at        timestamptz,
    replied_at          timestamptz,
    rated_at            timestamptz,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (channel <> 'WEB' OR uscc IS NOT NULL)
);
CREATE INDEX demand_department ON demand (department_code, status);
CREATE INDEX demand_created ON demand (created_at);

CREATE TABLE demand_event (
    id           bigserial PRIMARY KEY,
    demand_id    bigint NOT NULL REFERENCES demand (id),
    at           timestamptz NOT NULL DEFAULT now(),
    action       text NOT NULL,
    department_code text,
    note         text,
    actor        text NOT NULL
);
CREATE INDEX demand_event_demand ON demand_event (demand_id, id);

-- Open311 clients (the 12345 hotline's system) and their keys.
CREATE TABLE open311_client (
    api_key   text PRIMARY KEY CHECK (length(api_key) >= 16),
    name      text NOT NULL,
    active    boolean NOT NULL DEFAULT true
);
