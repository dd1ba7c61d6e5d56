ALTER TABLE `case_letter` ADD `requested_end_on` text;--> statement-breakpoint
ALTER TABLE `case` ADD `requested_end_on` text;--> statement-breakpoint
ALTER TABLE `case` ADD `done_by` text;--> statement-breakpoint
ALTER TABLE `case` ADD `notice_rule` text;--> statement-breakpoint
ALTER TABLE `user` ADD `leaving_on` text;