import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { preparedByKey, preparedOnce } from "./prepared-statements";

const dir = mkdtempSync(path.join(os.tmpdir(), "si-opp-prepared-"));
const first = openDatabase(path.join(dir, "first.db"));
const second = openDatabase(path.join(dir, "second.db"));
afterAll(() => {
  first.$client.close();
  second.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("statements kept per database (real SQLite files)", () => {
  it("prepares once per database", () => {
    let built = 0;
    const one = preparedOnce((db) => (built++, db.$client.prepare("select 1 as one")));
    expect(one(first)).toBe(one(first));
    expect(built).toBe(1);
    expect(one(second)).not.toBe(one(first));
    expect(built).toBe(2);
    expect(one(second).get()).toEqual({ one: 1 });
  });

  it("keeps at most the limit per database, dropping the least recently used", () => {
    const built: string[] = [];
    const byKey = preparedByKey<{ key: string }>(2);
    const ask = (db: typeof first, key: string) =>
      byKey(db, key, () => (built.push(key), { key })).key;
    expect([ask(first, "a"), ask(first, "b"), ask(first, "a")]).toEqual(["a", "b", "a"]);
    expect(built).toEqual(["a", "b"]);
    ask(first, "c"); // over the limit: "b" was used longest ago
    ask(first, "a");
    expect(built).toEqual(["a", "b", "c"]);
    ask(first, "b");
    expect(built).toEqual(["a", "b", "c", "b"]);
    ask(second, "a"); // the other database has its own
    expect(built).toEqual(["a", "b", "c", "b", "a"]);
  });
});
