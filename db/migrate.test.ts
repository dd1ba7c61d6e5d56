import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { migrateDatabase, migrationsFolder } from "./migrate";

describe("upgrading a database", () => {
  it("created at the first migration and holding data, reaches the latest with its data intact", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "si-opp-upgrade-"));
    // db/migrations as it was after the first release: only the first entry of the journal.
    const first = path.join(dir, "migrations");
    cpSync(migrationsFolder, first, { recursive: true });
    const journalFile = path.join(first, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: unknown[] };
    expect(journal.entries.length).toBeGreaterThan(1);
    writeFileSync(
      journalFile,
      JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }),
    );

    const db = openDatabase(path.join(dir, "app.db"));
    migrate(db, { migrationsFolder: first });
    const sqlite = db.$client;
    sqlite.prepare("insert into user (id, email) values ('u1', 'old@example.test')").run();
    sqlite
      .prepare(
        "insert into \"case\" (id, user_id, provider, subscription_type, phone_number, channel, status, submitted_on, created_at, updated_at) values ('c1', 'u1', 'telenor', 'postpaid', '+4791234567', 'chat', 'submitted', '2026-01-10', '2026-01-10T10:00:00Z', '2026-01-10T10:00:00Z')",
      )
      .run();
    sqlite
      .prepare(
        "insert into case_event (case_id, at, kind, field, to_value) values ('c1', '2026-01-10T10:00:00Z', 'created', 'status', 'submitted')",
      )
      .run();

    migrateDatabase(db);
    expect(sqlite.prepare("select email, locale, time_zone from user").get()).toEqual({
      email: "old@example.test",
      locale: "en",
      time_zone: "Europe/Oslo",
    });
    expect(
      sqlite.prepare('select status, submitted_on, version, final_bill_disputed from "case"').get(),
    ).toEqual({
      status: "submitted",
      submitted_on: "2026-01-10",
      version: 1,
      final_bill_disputed: 0,
    });
    expect(sqlite.prepare("select count(*) n from case_event").get()).toEqual({ n: 1 });
    // Later migrations are in: the append-only trigger and the reminder table.
    expect(() => sqlite.prepare("update case_event set to_value = 'x'").run()).toThrow(
      /append-only/,
    );
    expect(sqlite.prepare("select count(*) n from reminder").get()).toEqual({ n: 0 });
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    sqlite.close();
  });
});
