import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { readCasePage, readOperatorCounts, readViewCounts } from "@/lib/data/case-list-statements";
import { migratedDb } from "@/test/database";
import { replayReadsModule } from "./bare-dashboard-pages";
import { recordDashboardReads, type RecordedRead } from "./dashboard-reads";
import { seedCases } from "./seed";

const db = migratedDb();
const seeded = seedCases(db, { userCount: 3, casesPerUser: 5, heavyCases: 60 });
const today = "2026-11-25";
const database = process.env.DATABASE_PATH!;
const reads: RecordedRead[] = JSON.parse(
  JSON.stringify(
    recordDashboardReads(database, {
      userId: seeded.heavyUserId,
      sessionToken: seeded.sessionToken,
      today,
      pageSize: 25,
    }),
  ),
);

/** A read run as the bare copy runs it: the same SQL and arguments on a connection of its own. */
function replay(read: RecordedRead) {
  const client = new Database(database, { readonly: true });
  try {
    return client
      .prepare(read.source)
      .raw(read.raw)
      [read.method](...read.args);
  } finally {
    client.close();
  }
}

/** The bare app's replay module, from the very source the bench writes into the bare app. */
async function bareReplayer() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "replay-")), "replay-reads.mjs");
  writeFileSync(file, replayReadsModule);
  const { replayer } = (await import(/* @vite-ignore */ file)) as {
    replayer: (input: object) => () => void;
  };
  return (statements: RecordedRead[]) =>
    replayer({ database, betterSqlite3: path.resolve("node_modules/better-sqlite3"), statements });
}

describe("recordDashboardReads", () => {
  it("records the session's read and the list's: counts, operators, the page's ids and rows", () => {
    expect(reads.map((r) => [r.method, r.found])).toEqual([
      ["get", 1],
      ["get", 1],
      ["all", 6], // the seed's six operators
      ["all", 25],
      ["all", 25],
    ]);
    expect(reads[0]!.source).toMatch(/from "session" inner join "user"/);
    expect(reads[0]!.args).toContain(seeded.sessionToken);
    expect(reads.slice(1).every((r) => r.args.includes(seeded.heavyUserId))).toBe(true);
  });

  it("replays, after JSON, to what the data layer reads", () => {
    const filter = { today, terms: [] };
    expect(replay(reads[1]!)).toEqual(
      Object.values(readViewCounts(db, seeded.heavyUserId, filter)),
    );
    expect(replay(reads[2]!)).toEqual(
      readOperatorCounts(db, seeded.heavyUserId).map((row) => Object.values(row)),
    );
    const page = readCasePage(db, seeded.heavyUserId, { ...filter, limit: 25, offset: 0 });
    expect((replay(reads[3]!) as unknown[][]).map((row) => row[0])).toEqual(
      page.map((row) => row.id),
    );
    expect(JSON.stringify(replay(reads[0]!))).toContain(seeded.heavyUserId);
  });

  it("is replayed by the bare app's module, which fails when a read finds other rows", async () => {
    const replayerOf = await bareReplayer();
    expect(() => replayerOf(reads)()).not.toThrow();
    const noSession = reads.map((r, i) => (i === 0 ? { ...r, args: ["no-such-token"] } : r));
    expect(() => replayerOf(noSession)()).toThrow(/0 rows, recorded 1/);
  });
});
