-- A report lives only as long as its share (db/schema.ts, case_report_share): deleting the share
-- row (consent withdrawn) or its case or account (which cascade to it) deletes the report too,
-- so no path through the data layer can leave a report behind.
CREATE TRIGGER `reader_report_goes_with_its_share` AFTER DELETE ON `case_report_share`
BEGIN
  DELETE FROM `reader_report` WHERE `id` = OLD.`report_id`;
END;
