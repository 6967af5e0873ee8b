-- A ward officer's counts and statistics add up two disjoint parts (VoicePolicy.readScopeParts): the ward's own
-- voices, and those from elsewhere assigned to it. Each part is read through one of these indexes alone: they hold
-- the columns the statistics filter and group on, so no voice row is read. At 1,000,000 voices a ward's channel
-- statistics tested both columns on every voice (0.5–0.6 s per count or grouping); now the ward's part reads its
-- 200,000 entries and the other part skips the voices assigned to their own ward.
-- The first starts as the index it replaces did, so the lists filtered by ward read it as before.
CREATE INDEX ix_voice_ward_counts ON voice (ward_code, received_on, channel, type, status, assigned_ward_code);
DROP INDEX ix_voice_ward ON voice;
CREATE INDEX ix_voice_assigned_elsewhere ON voice (assigned_ward_code, ward_code, received_on, channel, type, status);
