-- Published voices for residents (区民の声の公表): when a voice was published (the public list and the Atom feed are
-- newest publication first), and what a resident's search may match, which is the published text and the answer only,
-- never the original text (search_text holds that too, for staff).
-- public_search_text is filled from jp.wardhub.platform.SearchText by the Java migration V17_1 (the kana and width
-- folding is Java's), and from then on by VoiceService whenever a voice changes.
-- Portable SQL (MariaDB 10.11, MySQL 8.4, H2 in MariaDB mode).

ALTER TABLE voice ADD COLUMN published_at DATETIME(6) NULL;
ALTER TABLE voice ADD COLUMN public_search_text TEXT NULL;

-- The best record of when a voice already published went out: its latest 公表の判断 in the history, else its last change.
UPDATE voice SET published_at = (SELECT MAX(h.occurred_at) FROM voice_history h
                                 WHERE h.voice_id = voice.id AND h.action = 'PUBLISH')
 WHERE publication = 'PUBLISHED';
UPDATE voice SET published_at = updated_at WHERE publication = 'PUBLISHED' AND published_at IS NULL;

-- The public list and the feed read published voices newest publication first.
CREATE INDEX ix_voice_published ON voice (publication, published_at, id);
