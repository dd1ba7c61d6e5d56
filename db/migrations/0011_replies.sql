CREATE TABLE `case_reply` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`received_on` text NOT NULL,
	`channel` text NOT NULL,
	`outcome` text NOT NULL,
	`reference` text,
	`text` text,
	`evidence_id` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `case`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evidence_id`) REFERENCES `case_evidence`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `case_reply_case` ON `case_reply` (`case_id`,`received_on`);