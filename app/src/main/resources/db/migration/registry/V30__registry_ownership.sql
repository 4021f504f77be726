-- registry: an entity's economic type (经济类型), delivered in the entities feed's optional column "ownership";
-- null = unknown (never guessed). Adding a nullable column rewrites no rows.
ALTER TABLE registry_entity ADD COLUMN ownership text CHECK (ownership IN ('STATE','COLLECTIVE',
    'SHAREHOLDING_COOPERATIVE','JOINT','LIMITED','JOINT_STOCK','PRIVATE','OTHER_DOMESTIC','HONG_KONG_MACAO_TAIWAN',
    'FOREIGN','INDIVIDUAL'));
