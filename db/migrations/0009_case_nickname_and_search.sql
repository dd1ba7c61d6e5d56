ALTER TABLE `case` ADD `nickname` text;--> statement-breakpoint
ALTER TABLE `case` ADD `search_text` text DEFAULT '' NOT NULL;