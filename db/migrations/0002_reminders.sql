CREATE TABLE `job_run` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`counts` text,
	`error` text
);
--> statement-breakpoint
CREATE TABLE `reminder` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` text NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`anchor` text NOT NULL,
	`due_on` text NOT NULL,
	`due_at` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`claimed_at` integer,
	`claim_token` text,
	`last_error` text,
	`sent_at` integer,
	`message_id` text,
	FOREIGN KEY (`case_id`) REFERENCES `case`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_case_kind_anchor` ON `reminder` (`case_id`,`kind`,`anchor`);--> statement-breakpoint
CREATE INDEX `reminder_status_due` ON `reminder` (`status`,`due_at`);--> statement-breakpoint
ALTER TABLE `case` ADD `remind_on` text;--> statement-breakpoint
ALTER TABLE `case` ADD `snoozed_until` text;--> statement-breakpoint
ALTER TABLE `case` ADD `muted_reminder_kinds` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `user` ADD `reminder_opt_outs` text DEFAULT '[]' NOT NULL;