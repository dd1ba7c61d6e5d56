CREATE TABLE `case_report_share` (
	`case_id` text PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`user_id` text NOT NULL,
	`shared_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `case`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `reader_report`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_report_share_report` ON `case_report_share` (`report_id`);--> statement-breakpoint
CREATE INDEX `case_report_share_user` ON `case_report_share` (`user_id`,`shared_at`);--> statement-breakpoint
CREATE TABLE `reader_report` (
	`id` text PRIMARY KEY NOT NULL,
	`operator` text NOT NULL,
	`subscription_type` text NOT NULL,
	`channel` text NOT NULL,
	`sent_month` text NOT NULL,
	`days_to_confirmation` integer NOT NULL,
	`days_to_end` integer,
	`chase_or_complaint` integer NOT NULL,
	`final_bill_right` integer,
	`filed_month` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `reader_report_operator` ON `reader_report` (`operator`,`filed_month`,`sent_month`);