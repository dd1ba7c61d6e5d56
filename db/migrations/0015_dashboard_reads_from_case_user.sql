DROP INDEX `case_user`;--> statement-breakpoint
CREATE INDEX `case_user` ON `case` (`user_id`,`status`,`provider`,`due_on`,`waiting_on`,`created_at`,`id`);