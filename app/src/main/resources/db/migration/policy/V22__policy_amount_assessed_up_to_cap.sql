-- An item's amount: a formula with its cap, a cap alone (assessed on the materials up to it), or neither (declared
-- non-monetary). A formula without a cap stays refused.
ALTER TABLE policy_item_version DROP CONSTRAINT policy_item_version_check1;
ALTER TABLE policy_item_version ADD CONSTRAINT policy_item_version_formula_has_cap
    CHECK (formula IS NULL OR cap_fen IS NOT NULL);
