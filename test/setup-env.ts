// Runs before every test file, in that file's own process: each file gets its own temporary
// SQLite file and outbox, so tests never touch data/ and never see each other's rows.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "si-opp-test-"));
process.env.DATABASE_PATH = path.join(dir, "app.db");
process.env.OUTBOX_DIR = path.join(dir, "outbox");
delete process.env.SMTP_URL;
// Folders a test makes with `mkdtempSync(tmpdir())` (backups, restores, upgrades) land in this
// file's folder too (os.tmpdir() reads TMPDIR on each call), so one removal after the file's last
// hook leaves nothing behind: a full run used to leave ~90 folders and 40 MB in /tmp.
process.env.TMPDIR = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
