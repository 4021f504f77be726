-- The platform's own words in a message, in English too (shown when the reader chose English; older messages and
-- the policy's own texts stay Chinese).
ALTER TABLE notification_message ADD COLUMN title_en text, ADD COLUMN body_en text;
