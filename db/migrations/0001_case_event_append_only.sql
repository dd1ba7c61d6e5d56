-- The case timeline is append-only: events are never edited. (Deleting a case still removes
-- its events through the foreign key's ON DELETE CASCADE.)
CREATE TRIGGER `case_event_no_update` BEFORE UPDATE ON `case_event`
BEGIN
  SELECT RAISE(ABORT, 'case_event is append-only');
END;
