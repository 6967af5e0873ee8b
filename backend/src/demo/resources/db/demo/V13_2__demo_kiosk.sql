-- A kiosk (発券機) for 中央区役所's floor: a device client that issues tickets for that office only.
-- Its secret is 'wardhub-demo-secret', like the demo partner's.
INSERT INTO partner_client (client_id, name, secret_hash, scopes, office_id)
SELECT 'chuo-kiosk', '中央区役所 発券機 (サンプル)', '$2a$10$B/S0.9o1ZsPIKbYLMscqyOMfTgYRs1TCHm.UIM9iWhgvaeHfeLibO', 'queue:issue', id
FROM office WHERE name_ja = '中央区役所';
