-- The overdue list (open voices past their due date, newest first) read from one index in order: the due date beside
-- the status lets the check be made on index entries alone, instead of reading each voice until twenty are found.
CREATE INDEX ix_voice_received_due ON voice (received_on, id, status, due_on, ward_code, assigned_ward_code);
