-- A window serves one ticket at a time: the ticket it has called or is serving, per business day. TicketService
-- checks it under the window's row lock, which serializes two calls on one server; on a Galera cluster a lock taken
-- on one node does not hold on another, and only rows written take part in certification. This unique key is written
-- with every call, so two calls to one window on different nodes conflict and the second is retried (and then finds
-- the window busy). STORED: Galera certifies the key from the row as written.
ALTER TABLE ticket
    ADD COLUMN serving_window_id BIGINT
        GENERATED ALWAYS AS (CASE WHEN state IN ('CALLED', 'SERVING') THEN window_id END) STORED,
    ADD CONSTRAINT uq_ticket_serving_window UNIQUE (serving_window_id, business_date);
