ALTER TABLE `case` ADD `final_bill_disputed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `case` ADD `version` integer DEFAULT 1 NOT NULL;