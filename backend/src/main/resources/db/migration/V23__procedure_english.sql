-- WardHub schema, part 23: a procedure's description, what to bring, fee note and processing time in English beside
-- the Japanese (手続きの英語の説明). NULL while a text is not translated: the English pages then show the Japanese.
-- description_en and what_to_bring_en are TEXT, not VARCHAR(4000) and VARCHAR(2000): with utf8mb4 the table's
-- VARCHAR columns would pass the 65,535-byte row limit of MariaDB and MySQL. The API caps them at 4,000 and 2,000
-- characters like their Japanese columns. Portable DDL (MariaDB 10.11, MySQL 8.4, H2 in MariaDB mode).

ALTER TABLE service_procedure ADD COLUMN description_en TEXT;
ALTER TABLE service_procedure ADD COLUMN what_to_bring_en TEXT;
ALTER TABLE service_procedure ADD COLUMN fee_note_en VARCHAR(500);
ALTER TABLE service_procedure ADD COLUMN processing_time_en VARCHAR(500);
