-- The administrators' audit trail screen lists everything newest first and filters by who, what action (the log of
-- personal-data reads is a set of actions) and date range: each needs an index to stay a range read on a table that
-- only grows.
CREATE INDEX ix_audit_time ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_action ON audit_event (action, occurred_at);
