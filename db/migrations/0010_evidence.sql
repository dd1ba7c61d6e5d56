CREATE TABLE `case_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`user_id` text NOT NULL,
	`sha256` text NOT NULL,
	`media_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`file_name` text NOT NULL,
	`caption` text,
	`shown_on` text,
	`added_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `case`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_evidence_case` ON `case_evidence` (`case_id`,`added_at`);--> statement-breakpoint
CREATE INDEX `case_evidence_user` ON `case_evidence` (`user_id`);--> statement-breakpoint
CREATE INDEX `case_evidence_sha256` ON `case_evidence` (`sha256`);