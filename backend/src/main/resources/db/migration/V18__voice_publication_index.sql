-- Open311's public list (the published voices of a period, newest taken in first, at most 1000) read from one index in
-- order: without it every voice of the table is read and sorted to find the published ones, on an endpoint anyone may
-- call.
CREATE INDEX ix_voice_publication_created ON voice (publication, created_at, id);
