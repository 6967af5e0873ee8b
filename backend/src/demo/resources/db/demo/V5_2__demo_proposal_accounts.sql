-- Demo account for ward proposals (dev, test and demo profiles only): a second member of the Policy Bureau, so an
-- answer written by one of its staff (hq) can be approved by another. Password 'wardhub-demo'.

INSERT INTO staff (username, display_name, role, ward_code, bureau_code, section_code, password_hash) VALUES
    ('hq-seisaku', '政策 承子', 'HQ', NULL, 'policy', 'policy-planning', '$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.');
