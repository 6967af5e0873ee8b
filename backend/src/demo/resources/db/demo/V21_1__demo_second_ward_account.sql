-- A second ward-staff account of 中央区: 四つの目の原則 (four eyes) needs someone other than who recorded, submitted or
-- reviewed an application to decide its grant, and the work queues need a colleague to assign voices to.
INSERT INTO staff (username, display_name, role, ward_code, bureau_code, section_code, password_hash) VALUES
    ('chuo-kessai', '決裁 一郎', 'WARD', '431010', NULL, NULL, '$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.');
