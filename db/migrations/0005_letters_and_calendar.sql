CREATE TABLE `calendar_feed` (
	`user_id` text PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feed_token_unique` ON `calendar_feed` (`token`);--> statement-breakpoint
CREATE TABLE `case_letter` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`template_version` integer NOT NULL,
	`subject` text NOT NULL,
	`paragraphs` text NOT NULL,
	`prepared_at` text NOT NULL,
	`sent_on` text,
	FOREIGN KEY (`case_id`) REFERENCES `case`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_letter_case` ON `case_letter` (`case_id`,`prepared_at`);--> statement-breakpoint
ALTER TABLE `user` ADD `birth_date` text;