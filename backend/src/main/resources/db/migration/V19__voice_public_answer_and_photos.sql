-- What of an answered voice goes public is decided by staff at publication, like the public text: the answer as
-- published (公表する回答; the answer as written unless staff edited it, e.g. to take out the resident's name), and
-- which of the resident's photos are shown (none unless chosen: a photo can show faces, number plates or a home).
-- Portable SQL (MariaDB 10.11, MySQL 8.4, H2 in MariaDB mode).

ALTER TABLE voice ADD COLUMN published_answer TEXT NULL;
ALTER TABLE voice_photo ADD COLUMN published BOOLEAN NOT NULL DEFAULT FALSE;

-- Voices published before: their answer went out as written.
UPDATE voice SET published_answer = answer_text WHERE publication = 'PUBLISHED';
