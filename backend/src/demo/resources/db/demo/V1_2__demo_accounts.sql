-- Demo accounts: only the dev, test and demo profiles load this location; production never does.
-- Every staff password is 'wardhub-demo'; the partner client's secret is 'wardhub-demo-secret' (bcrypt, cost 10).

INSERT INTO staff (username, display_name, role, ward_code, bureau_code, section_code, password_hash) VALUES
    ('admin', 'システム管理者', 'ADMIN', NULL, NULL, NULL, '$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'),
    ('hq', '本庁 太郎', 'HQ', NULL, 'policy', 'ward-coordination', '$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'),
    ('chuo', '中央 花子', 'WARD', '431010', NULL, NULL, '$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'),
    ('kita', '北 次郎', 'WARD', '431052', NULL, NULL, '$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'),
    ('chuo-floor', '案内 さくら', 'FLOOR', '431010', NULL, NULL, '$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'),
    ('chuo-liaison', '地域 健太', 'LIAISON', '431010', NULL, NULL, '$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'),
    ('kita-liaison', '清水 みどり', 'LIAISON', '431052', NULL, NULL, '$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.');

INSERT INTO partner_client (client_id, name, secret_hash, scopes) VALUES
    ('city-web', '熊本市ホームページ (サンプル連携)', '$2a$10$B/S0.9o1ZsPIKbYLMscqyOMfTgYRs1TCHm.UIM9iWhgvaeHfeLibO', 'catalogue:read voices:write');
