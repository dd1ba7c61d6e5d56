ALTER TABLE `case` ADD `due_kind` text;--> statement-breakpoint
ALTER TABLE `case` ADD `due_on` text;--> statement-breakpoint
ALTER TABLE `case` ADD `waiting_on` text DEFAULT 'user' NOT NULL;--> statement-breakpoint
ALTER TABLE `case` ADD `model_version` integer DEFAULT 0 NOT NULL;