CREATE TABLE `reader_report_summary` (
	`operator` text NOT NULL,
	`as_of` text NOT NULL,
	`summary` text NOT NULL,
	PRIMARY KEY(`operator`, `as_of`)
);
--> statement-breakpoint
CREATE TABLE `report_share_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_share_log_user_at` ON `report_share_log` (`user_id`,`at`);--> statement-breakpoint
ALTER TABLE `reader_report` ADD `released_month` text;--> statement-breakpoint
CREATE INDEX `reader_report_released` ON `reader_report` (`operator`,`released_month`);