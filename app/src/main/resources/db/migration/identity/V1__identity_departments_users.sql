-- identity: departments, users and the sign-in audit.
CREATE TABLE identity_department (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name_zh     text NOT NULL,
    name_en     text NOT NULL
);

INSERT INTO identity_department (code, name_zh, name_en) VALUES
    ('SERVICE',    '市企业服务中心',           'Enterprise Service Centre'),
    ('APPROVAL',   '市行政审批服务局',         'Administrative Approval Service Bureau'),
    ('AMR',        '市市场监督管理局',         'Administration for Market Regulation'),
    ('TAX',        '国家税务总局济南市税务局', 'Taxation Bureau'),
    ('STATS',      '市统计局',                 'Statistics Bureau'),
    ('IIT',        '市工业和信息化局',         'Bureau of Industry and Information Technology'),
    ('SCI',        '市科学技术局',             'Science and Technology Bureau'),
    ('FIN',        '市财政局',                 'Finance Bureau'),
    ('HRSS',       '市人力资源和社会保障局',   'Human Resources and Social Security Bureau'),
    ('COMMERCE',   '市商务局',                 'Commerce Bureau'),
    ('DRC',        '市发展和改革委员会',       'Development and Reform Commission'),
    ('PEB',        '市民营经济发展局',         'Private Economy Bureau'),
    ('FSA',        '市地方金融监督管理局',     'Local Financial Supervision Bureau'),
    ('HUD',        '市住房和城乡建设局',       'Housing and Urban-Rural Development Bureau'),
    ('NRP',        '市自然资源和规划局',       'Natural Resources and Planning Bureau'),
    ('INVEST',     '市投资促进局',             'Investment Promotion Bureau'),
    ('DATA',       '市大数据局',               'Big Data Bureau'),
    ('HOTLINE',    '12345市民服务热线',        '12345 Citizen Service Hotline'),
    ('SUPERVISION','市政府督查室',             'Government Supervision Office');

CREATE TABLE identity_user (
    id               bigserial PRIMARY KEY,
    username         text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    password_hash    text NOT NULL,
    display_name     text NOT NULL,
    role             text NOT NULL CHECK (role IN ('ENTERPRISE','CLERK','REVIEWER','FINANCE','SUPERVISOR',
                                                   'POLICY_OFFICER','COMMISSIONER','ADMIN')),
    department_code  text REFERENCES identity_department (code),
    entity_uscc      char(18),
    enabled          boolean NOT NULL DEFAULT true,
    failed_attempts  integer NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT enterprise_user_has_entity CHECK (role <> 'ENTERPRISE' OR entity_uscc IS NOT NULL),
    CONSTRAINT staff_user_has_no_entity CHECK (role = 'ENTERPRISE' OR entity_uscc IS NULL),
    CONSTRAINT scoped_roles_have_department
        CHECK (role NOT IN ('REVIEWER','POLICY_OFFICER') OR department_code IS NOT NULL)
);

CREATE TABLE identity_sign_in (
    id              bigserial PRIMARY KEY,
    username        text NOT NULL,
    at              timestamptz NOT NULL DEFAULT now(),
    outcome         text NOT NULL,
    channel         text NOT NULL,
    remote_address  text
);
CREATE INDEX identity_sign_in_username_at ON identity_sign_in (username, at DESC);
