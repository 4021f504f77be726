-- Issue 13.13: every free text a person types has a length limit in the schema (the services check the same limits
-- first, with a message naming the field; these are the last line). NOT VALID: rows already stored are not re-checked
-- (an upgrade never fails on old data); every new or changed row is. Each constraint's name says what it limits: the
-- platform turns it into a message for the person (web/internal/BadInput).
ALTER TABLE demand ADD CONSTRAINT demand_caller_name_length CHECK (char_length(caller_name) <= 100) NOT VALID;
ALTER TABLE demand ADD CONSTRAINT demand_caller_phone_length CHECK (char_length(caller_phone) <= 50) NOT VALID;
ALTER TABLE demand ADD CONSTRAINT demand_caller_email_length CHECK (char_length(caller_email) <= 200) NOT VALID;
ALTER TABLE demand ADD CONSTRAINT demand_address_length CHECK (char_length(address) <= 300) NOT VALID;
ALTER TABLE demand_event ADD CONSTRAINT demand_event_note_length CHECK (char_length(note) <= 4000) NOT VALID;
ALTER TABLE open311_client ADD CONSTRAINT open311_client_name_length CHECK (char_length(name) <= 200) NOT VALID;
ALTER TABLE redemption_application ADD CONSTRAINT redemption_application_amount_reason_length
    CHECK (char_length(amount_reason) <= 1000) NOT VALID;
ALTER TABLE redemption_application ADD CONSTRAINT redemption_application_bank_length
    CHECK (char_length(bank_account_name) <= 200 AND char_length(bank_name) <= 200
           AND char_length(bank_account_no) <= 64) NOT VALID;
ALTER TABLE redemption_event ADD CONSTRAINT redemption_event_reason_length CHECK (char_length(reason) <= 2000) NOT VALID;
ALTER TABLE redemption_objection ADD CONSTRAINT redemption_objection_resolution_note_length
    CHECK (char_length(resolution_note) <= 2000) NOT VALID;
ALTER TABLE redemption_material ADD CONSTRAINT redemption_material_name_length
    CHECK (char_length(name) <= 200 AND char_length(file_name) <= 255) NOT VALID;
ALTER TABLE policy_document ADD CONSTRAINT policy_document_title_length CHECK (char_length(title) <= 300) NOT VALID;
ALTER TABLE policy_item_version ADD CONSTRAINT policy_item_version_name_length CHECK (char_length(name) <= 200) NOT VALID;
ALTER TABLE policy_item_version ADD CONSTRAINT policy_item_version_contact_length
    CHECK (char_length(contact_person) <= 100 AND char_length(contact_phone) <= 50
           AND char_length(contact_address) <= 300) NOT VALID;
ALTER TABLE policy_item_version ADD CONSTRAINT policy_item_version_review_note_length
    CHECK (char_length(review_note) <= 2000) NOT VALID;
ALTER TABLE policy_audit ADD CONSTRAINT policy_audit_note_length CHECK (char_length(note) <= 2000) NOT VALID;
