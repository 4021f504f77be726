-- The catalogue of evidence types a department issues as e-licences, and the material names each answers.
INSERT INTO vault_evidence_type (code, name_zh, name_en, issuer_department, expires, material_names) VALUES
    ('BUSINESS_LICENCE', '营业执照', 'Business licence', 'AMR', false,
        ARRAY['营业执照', '股份公司营业执照']),
    ('TAX_CERTIFICATE', '纳税证明', 'Tax payment certificate', 'TAX', true,
        ARRAY['纳税证明', '完税证明']),
    ('SOCIAL_INSURANCE', '社保缴纳证明', 'Social insurance payment certificate', 'HRSS', true,
        ARRAY['社保缴纳证明', '劳动合同']),
    ('AUDIT_REPORT', '审计报告', 'Audit report', 'FIN', true,
        ARRAY['审计报告', '研发费用专项审计报告', '财务报表']),
    ('IP_CERTIFICATE', '知识产权证书', 'Intellectual property certificate', 'AMR', true,
        ARRAY['知识产权证书', '专利证书或商标注册证']),
    ('HIGH_TECH', '高新技术企业证书', 'High-tech enterprise certificate', 'SCI', true,
        ARRAY['高新技术企业证书', '认定文件(数字保险箱自动调取)']),
    ('HIGH_TECH_CULTIVATION', '高新技术企业培育库入库证明', 'High-tech cultivation pool certificate', 'SCI', true,
        ARRAY['高新技术企业培育库入库证明', '认定文件(数字保险箱自动调取)']),
    ('TECH_SME', '科技型中小企业入库登记编号', 'Tech-based SME registration', 'SCI', true,
        ARRAY['科技型中小企业入库登记编号', '认定文件(数字保险箱自动调取)']),
    ('SPECIALISED', '专精特新中小企业认定文件', 'Specialised and innovative SME designation', 'IIT', true,
        ARRAY['专精特新中小企业认定文件', '认定文件(数字保险箱自动调取)']),
    ('GAZELLE', '瞪羚企业认定文件', 'Gazelle enterprise designation', 'IIT', true,
        ARRAY['瞪羚企业认定文件', '认定文件(数字保险箱自动调取)']),
    ('UNICORN', '独角兽企业认定文件', 'Unicorn enterprise designation', 'IIT', true,
        ARRAY['独角兽企业认定文件', '认定文件(数字保险箱自动调取)']),
    ('SINGLE_CHAMPION', '制造业单项冠军认定文件', 'Manufacturing single champion designation', 'IIT', true,
        ARRAY['制造业单项冠军认定文件', '认定文件(数字保险箱自动调取)']),
    ('HEADQUARTERS', '总部企业认定文件', 'Headquarters enterprise designation', 'DRC', true,
        ARRAY['总部企业认定文件', '认定文件(数字保险箱自动调取)']);

-- The verifier key of the log, recorded by the first instance that signs a checkpoint: every instance must sign
-- with the same key (jiqitong.vault.key-file), or it refuses to sign.
CREATE TABLE vault_log_key (
    id            smallint    PRIMARY KEY CHECK (id = 1),
    verifier_key  text        NOT NULL,
    recorded_at   timestamptz NOT NULL
);
