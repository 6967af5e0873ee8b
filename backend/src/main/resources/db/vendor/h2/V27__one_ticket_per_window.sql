-- A window serves one ticket at a time (db/vendor/mariadb/V27), on the embedded H2 database, which writes a generated
-- column without MariaDB's STORED.
ALTER TABLE ticket
    ADD COLUMN serving_window_id BIGINT
        GENERATED ALWAYS AS (CASE WHEN state IN ('CALLED', 'SERVING') THEN window_id END);
ALTER TABLE ticket ADD CONSTRAINT uq_ticket_serving_window UNIQUE (serving_window_id, business_date);
