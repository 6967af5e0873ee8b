-- Partner clients are managed through the API: a row version for ETag/If-Match, a token version that rotation and
-- revocation increment (the client's earlier tokens are refused from the next request on), and when it was created.
ALTER TABLE partner_client ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE partner_client ADD COLUMN token_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE partner_client ADD COLUMN created_at DATETIME(6);
