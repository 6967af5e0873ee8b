-- 区民の声の集計表: how many voices there are per month received, ward, assigned ward, channel, type and status, and
-- per category, month, ward and assigned ward, kept by the app in the transaction that takes a voice in or moves it
-- on (VoiceCounts). Statistics and the lists' totals read these rows instead of counting the voices: at 1,000,000
-- voices the first answer after a write counted up to every voice (0.25-0.7 s); the generated twenty years make
-- 46,000 and 31,000 rows. The categories' rows leave out channel, type and status: with them they were 481,000 (two
-- voices a row), and a category's statistics filtered by those are counted from the voices as before.
-- '' stands for "no ward" and "not assigned to a ward" (a key column cannot be null).
CREATE TABLE voice_count (
    received_month     INT         NOT NULL,
    ward_code          VARCHAR(6)  NOT NULL,
    assigned_ward_code VARCHAR(6)  NOT NULL,
    channel            VARCHAR(20) NOT NULL,
    type               VARCHAR(20) NOT NULL,
    status             VARCHAR(20) NOT NULL,
    voices             BIGINT      NOT NULL,
    PRIMARY KEY (received_month, ward_code, assigned_ward_code, channel, type, status)
);

CREATE TABLE voice_category_count (
    category_code      VARCHAR(30) NOT NULL,
    received_month     INT         NOT NULL,
    ward_code          VARCHAR(6)  NOT NULL,
    assigned_ward_code VARCHAR(6)  NOT NULL,
    voices             BIGINT      NOT NULL,
    PRIMARY KEY (category_code, received_month, ward_code, assigned_ward_code)
);

-- received_month is yyyymm (202612), so a period of whole months is one range of the key.
INSERT INTO voice_count (received_month, ward_code, assigned_ward_code, channel, type, status, voices)
SELECT YEAR(received_on) * 100 + MONTH(received_on), COALESCE(ward_code, ''), COALESCE(assigned_ward_code, ''),
       channel, type, status, COUNT(*)
FROM voice
GROUP BY YEAR(received_on) * 100 + MONTH(received_on), COALESCE(ward_code, ''), COALESCE(assigned_ward_code, ''),
         channel, type, status;

INSERT INTO voice_category_count (category_code, received_month, ward_code, assigned_ward_code, voices)
SELECT l.category_code, YEAR(v.received_on) * 100 + MONTH(v.received_on), COALESCE(v.ward_code, ''),
       COALESCE(v.assigned_ward_code, ''), COUNT(*)
FROM voice v
JOIN voice_category_link l ON l.voice_id = v.id
GROUP BY l.category_code, YEAR(v.received_on) * 100 + MONTH(v.received_on), COALESCE(v.ward_code, ''),
         COALESCE(v.assigned_ward_code, '');
