import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { cases, users } from "@/db/schema";
import { caseSorts, caseViews } from "@/lib/tracker/case-list";
import { searchTerms } from "@/lib/tracker/case-search";
import { createUser, migratedDb } from "@/test/database";
import { readCasePage, readOperatorCounts, readViewCounts } from "./case-list-statements";
import { refreshCaseModelColumns } from "./case-model-columns";
import { casePageIdsOfUser, viewCountsOfUser } from "./case-queries";

vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

const today = "2026-11-25";
let db: ReturnType<typeof migratedDb>;
let alice: string;
let bob: string;

const providers = ["telenor", "telia", "ice"] as const;
const statuses = ["planned", "submitted", "confirmed", "completed"] as const;

function caseRow(userId: string, i: number) {
  return {
    userId,
    provider: providers[i % providers.length]!,
    nickname: i % 4 === 0 ? `line ${i}` : i % 5 === 0 ? `爸爸的号码 ${i}` : null,
    subscriptionType: "postpaid",
    phoneNumber: `+4791${String(100000 + i)}`,
    channel: "chat",
    status: statuses[i % statuses.length]!,
    submittedOn: i % 4 === 0 ? null : `2026-11-${String(1 + (i % 24)).padStart(2, "0")}`,
    confirmedOn: i % 4 >= 2 ? "2026-11-20" : null,
    endsOn: i % 4 >= 2 ? `2026-12-${String(1 + (i % 28)).padStart(2, "0")}` : null,
    createdAt: `2026-11-01T10:00:${String(i % 60).padStart(2, "0")}.000Z`,
    updatedAt: `2026-11-${String(1 + (i % 24)).padStart(2, "0")}T10:00:00.000Z`,
  };
}

beforeAll(() => {
  db = migratedDb();
  alice = createUser("alice@example.test");
  bob = createUser("bob@example.test");
  db.insert(cases)
    .values(Array.from({ length: 90 }, (_, i) => caseRow(i % 3 === 0 ? bob : alice, i)))
    .run();
  refreshCaseModelColumns(db);
});

describe("the dashboard's prepared reads (real SQLite file)", () => {
  it("give what the query builders give, for every shape of filter, asked in any order and again", () => {
    const filters = caseViews.flatMap((view) =>
      caseSorts.flatMap((sort) =>
        [
          {},
          { status: "submitted" as const },
          { operator: "telia" },
          { status: "confirmed" as const, operator: "ice" },
        ].flatMap((narrow) =>
          ["", "line", "line 1", "telia 91", "爸爸"].map((query) => ({
            today,
            view,
            sort,
            ...narrow,
            terms: searchTerms(query),
          })),
        ),
      ),
    );
    // Interleaved, so a statement made for one shape would be reused for another if the shapes
    // were told apart wrongly; then everything once more, from the statements already made.
    const order = filters.map((_, i) => (i * 37) % filters.length);
    expect(new Set(order).size).toBe(filters.length);
    let found = 0;
    for (const round of [1, 2]) {
      for (const i of order) {
        // Alice and Bob in turn, so a statement bound to the wrong owner would show.
        const owner = (round + i) % 2 === 0 ? alice : bob;
        const filter = filters[i]!;
        const page = { ...filter, limit: 7, offset: 2 };
        const want = casePageIdsOfUser(db, owner, page)
          .all()
          .map((row) => row.id);
        const got = readCasePage(db, owner, page).map((row) => row.id);
        expect([round, filter, got]).toEqual([round, filter, want]);
        expect(readViewCounts(db, owner, filter)).toEqual(
          viewCountsOfUser(db, owner, filter).get(),
        );
        found += got.length;
      }
    }
    // Most shapes find something: the comparisons above are not of empty lists.
    expect(found).toBeGreaterThan(filters.length * 2);
  });

  it("compile each shape once: the same shape with other values, users or pages reuses it", () => {
    const compile = vi.spyOn(db.$client, "prepare");
    const pages: number[] = [];
    try {
      const ask = (owner: string, operator: string, word: string, offset: number) => {
        pages.push(
          readCasePage(db, owner, {
            today,
            view: "open",
            operator,
            terms: [word],
            limit: 5,
            offset,
          }).length,
        );
        readViewCounts(db, owner, { today, operator, terms: [word] });
      };
      ask(alice, "telia", "line", 0);
      const first = compile.mock.calls.length;
      expect(first).toBeGreaterThan(0);
      ask(bob, "telenor", "91", 0);
      ask(alice, "ice", "91", 3);
      // Full pages each: a page's rows are read by a statement per number of ids.
      expect(pages).toEqual([5, 5, 5]);
      expect(compile.mock.calls.length).toBe(first);
      // Past the end: no rows, and nothing compiled for them.
      expect(
        readCasePage(db, alice, {
          today,
          view: "open",
          operator: "telia",
          terms: ["91"],
          limit: 5,
          offset: 1000,
        }),
      ).toEqual([]);
      expect(compile.mock.calls.length).toBe(first);
    } finally {
      compile.mockRestore();
    }
  });

  it("see rows written after the statements were made, and only the user's own", () => {
    const before = readViewCounts(db, alice, { today });
    const operators = readOperatorCounts(db, alice);
    db.insert(cases).values(caseRow(alice, 999)).run(); // a Telenor line
    refreshCaseModelColumns(db);
    expect(readViewCounts(db, alice, { today }).all).toBe(before.all + 1);
    const telenor = (list: typeof operators) => list.find((o) => o.provider === "telenor")?.n ?? 0;
    expect(telenor(readOperatorCounts(db, alice))).toBe(telenor(operators) + 1);
    const all = readCasePage(db, alice, { today, limit: 1000, offset: 0 });
    expect(all).toHaveLength(before.all + 1);
    expect(all.every((row) => row.userId === alice)).toBe(true);
    expect(readViewCounts(db, bob, { today }).all).toBe(30);
    expect(readOperatorCounts(db, bob).reduce((sum, o) => sum + o.n, 0)).toBe(30);
  });

  it("keep each database's statements to itself", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "si-opp-statements-"));
    const other = openDatabase(path.join(dir, "other.db"));
    try {
      migrateDatabase(other);
      const carol = other
        .insert(users)
        .values({ email: "carol@example.test" })
        .returning({ id: users.id })
        .get().id;
      other.insert(cases).values(caseRow(carol, 1)).run();
      refreshCaseModelColumns(other);
      // Asked on the first database before: a statement shared across databases would read
      // that one, where carol has nothing.
      expect(readOperatorCounts(other, carol)).toEqual([{ provider: "telia", n: 1 }]);
      expect(readViewCounts(other, carol, { today }).all).toBe(1);
      expect(readCasePage(other, carol, { today, limit: 25, offset: 0 })).toHaveLength(1);
      expect(readOperatorCounts(db, carol)).toEqual([]);
    } finally {
      other.$client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
