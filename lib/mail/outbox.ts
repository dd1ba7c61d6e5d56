import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/core/env";
import type { OutboxMessage } from "./send-mail";

/** The newest messages in the dev outbox first. Development only: the page 404s in production. */
export function readOutbox(limit = 50): OutboxMessage[] {
  let files: string[];
  try {
    files = readdirSync(env.OUTBOX_DIR).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  return files
    .sort()
    .reverse()
    .slice(0, limit)
    .map((f) => JSON.parse(readFileSync(path.join(env.OUTBOX_DIR, f), "utf8")) as OutboxMessage);
}
