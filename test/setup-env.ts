// Runs before every test file, in that file's own process: each file gets its own temporary
// SQLite file and outbox, so tests never touch data/ and never see each other's rows.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "si-opp-test-"));
process.env.DATABASE_PATH = path.join(dir, "app.db");
process.env.OUTBOX_DIR = path.join(dir, "outbox");
delete process.env.SMTP_URL;
