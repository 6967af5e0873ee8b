-- Demo accounts for the counter catalogue (dev, test and demo profiles only): HQ staff of the sections that own the
-- registry procedures (区政課) and national health insurance (国保年金課). Password 'wardhub-demo'.

INSERT INTO staff (username, display_name, role, ward_code, bureau_code, section_code, password_hash) VALUES
    ('hq-kusei', '市民 窓口子', 'HQ', NULL, 'culture-citizens', 'ward-administration', '$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'),
    ('hq-kokuho', '保険 年男', 'HQ', NULL, 'health-welfare', 'national-insurance', '$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.');
