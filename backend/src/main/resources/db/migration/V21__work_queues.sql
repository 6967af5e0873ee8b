-- Work queues: a voice may be assigned to one member of staff (担当者) as well as to a ward or an HQ section, so staff
-- can work "自分の担当"; the list's filter reads it through its own index, newest first.
ALTER TABLE voice ADD COLUMN assigned_staff VARCHAR(100);
CREATE INDEX ix_voice_assigned_staff ON voice (assigned_staff, received_on);

-- 四つの目の原則 (four eyes) on grants: who submitted, reviewed and decided each application, kept on the row so the
-- rule is one comparison and the application page can show who did each step.
ALTER TABLE support_application ADD COLUMN submitted_by VARCHAR(100);
ALTER TABLE support_application ADD COLUMN reviewed_by VARCHAR(100);
ALTER TABLE support_application ADD COLUMN decided_by VARCHAR(100);

-- Applications already past those steps: the history has always recorded the actor of each step (the latest wins).
UPDATE support_application SET submitted_by = (SELECT MAX(h.actor) FROM support_application_history h
    WHERE h.application_id = support_application.id AND h.action = 'SUBMIT'
      AND h.occurred_at = (SELECT MAX(x.occurred_at) FROM support_application_history x
                           WHERE x.application_id = support_application.id AND x.action = 'SUBMIT'));
UPDATE support_application SET reviewed_by = (SELECT MAX(h.actor) FROM support_application_history h
    WHERE h.application_id = support_application.id AND h.action = 'REVIEW'
      AND h.occurred_at = (SELECT MAX(x.occurred_at) FROM support_application_history x
                           WHERE x.application_id = support_application.id AND x.action = 'REVIEW'));
UPDATE support_application SET decided_by = (SELECT MAX(h.actor) FROM support_application_history h
    WHERE h.application_id = support_application.id AND h.action IN ('GRANT', 'DECLINE')
      AND h.occurred_at = (SELECT MAX(x.occurred_at) FROM support_application_history x
                           WHERE x.application_id = support_application.id AND x.action IN ('GRANT', 'DECLINE')));
