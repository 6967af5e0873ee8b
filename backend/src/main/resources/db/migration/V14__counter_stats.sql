-- WardHub schema, part 14: counter usage statistics (窓口利用統計) read every ticket of a date range at a set of
-- offices. This index holds every column they read, so the range is one index scan without touching the table rows
-- (the ticket id, for the recorded procedures, is part of every secondary index).
CREATE INDEX ix_ticket_stats ON ticket (office_id, business_date, lane_id, window_id, state, arrived_at, called_at,
    started_at, ended_at);
