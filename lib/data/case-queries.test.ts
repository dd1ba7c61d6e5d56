import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cases } from "@/db/schema";
import { byAttention } from "@/lib/tracker/attention";
import { caseViews, type CaseView } from "@/lib/tracker/case-list";
import { isClosed, modelBasis, modelOn, noLetters } from "@/lib/tracker/case-model";
import { searchTerms } from "@/lib/tracker/case-search";
import { addDays } from "@/lib/tracker/dates";
import { statuses } from "@/lib/tracker/status";
import { createUser, migratedDb } from "@/test/database";
import { readCasePage } from "./case-list-statements";
import { fillMissingNoticeRules, refreshCaseModelColumns } from "./case-model-columns";
import {
  casePageIdsOfUser,
  casesByIdOfUser,
  casesOfUser,
  operatorsOfUser,
  viewCountsOfUser,
} from "./case-queries";
import { listCasePage } from "./cases";

vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

const today = "2026-11-25";
let db: ReturnType<typeof migratedDb>;
let alice: string;

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

beforeAll(() => {
  db = migratedDb();
  alice = createUser("alice@example.test");
  const bob = createUser("bob@example.test");
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const day = () => addDays(today, Math.floor(next() * 80) - 50);
  const rows = Array.from({ length: 400 }, (_, i) => {
    const status = pick(statuses);
    const submittedOn = status === "planned" && next() < 0.8 ? null : day();
    const provider = pick(["telenor", "telia", "onecall", "other"]);
    return {
      userId: i % 10 === 0 ? bob : alice,
      provider,
      providerName: provider === "other" ? pick(["Zeta Mobil", "alfa"]) : null,
      subscriptionType: "postpaid",
      phoneNumber: "+4791234567",
      channel: "chat",
      status,
      submittedOn,
      endsOn: next() < 0.3 ? null : pick([today, addDays(today, 1), addDays(today, -1), day()]),
      finalBillChecked: next() < 0.3,
      // Some cases share a creation time: the order must still be total.
      createdAt: `2026-${String(1 + (i % 11)).padStart(2, "0")}-01T10:00:00.${String(i % 7).padStart(3, "0")}Z`,
      updatedAt: `2026-11-${String(1 + (i % 28)).padStart(2, "0")}T10:00:00.000Z`,
    };
  });
  db.insert(cases).values(rows).run();
  // Inserted behind the data layer's back, as rows from before the columns existed: start-up
  // writes their case-model columns.
  expect(refreshCaseModelColumns(db)).toBe(400);
  expect(refreshCaseModelColumns(db)).toBe(0);
});

describe("start-up: the search column (real SQLite file)", () => {
  it("writes the search column of cases saved before it existed, so search finds them", () => {
    const dora = createUser("dora@example.test");
    const [old] = db
      .insert(cases)
      .values({
        userId: dora,
        provider: "telia",
        nickname: "Hytta",
        subscriptionType: "postpaid",
        phoneNumber: "+4790011223",
        channel: "chat",
        status: "planned",
        notes: "Ring 22 33 44",
        createdAt: "2026-11-01T10:00:00.000Z",
        updatedAt: "2026-11-01T10:00:00.000Z",
      })
      .returning()
      .all();
    expect(old!.searchText).toBe("");
    const find = (query: string) =>
      readCasePage(db, dora, { today, terms: searchTerms(query), limit: 5, offset: 0 }).map(
        (c) => c.id,
      );
    expect(find("hytta")).toEqual([]);
    expect(refreshCaseModelColumns(db)).toBe(1);
    for (const query of ["hytta", "telia", "11223", "22 33 44"])
      expect([query, find(query)]).toEqual([query, [old!.id]]);
  });
});

describe("start-up (real SQLite file)", () => {
  it("fills in the notice rule of cases saved before it was stored, and rewrites their columns", () => {
    const carol = createUser("carol@example.test");
    const planned = {
      userId: carol,
      subscriptionType: "postpaid",
      phoneNumber: "+4791234567",
      channel: "chat",
      status: "planned" as const,
      doneBy: "2027-01-20",
      createdAt: "2026-11-01T10:00:00.000Z",
      updatedAt: "2026-11-01T10:00:00.000Z",
    };
    const [ice, other] = db
      .insert(cases)
      .values([
        { ...planned, provider: "ice" },
        { ...planned, provider: "other", providerName: "Local" },
      ])
      .returning()
      .all();
    refreshCaseModelColumns(db);
    const row = (id: string) => db.select().from(cases).where(eq(cases.id, id)).get()!;
    // Without a rule, the longest one: send by 30 November to end by 20 January.
    expect(row(ice!.id).dueOn).toBe("2026-11-30");
    expect(fillMissingNoticeRules(db, { ice: "next-day" })).toBe(1);
    expect(refreshCaseModelColumns(db)).toBe(1);
    expect([row(ice!.id).noticeRule, row(ice!.id).dueOn]).toEqual(["next-day", "2027-01-19"]);
    expect(row(other!.id).noticeRule).toBeNull();
    expect(fillMissingNoticeRules(db, { ice: "next-day" })).toBe(0);
  });
});

describe("the dashboard's queries (real SQLite file)", () => {
  it("order a user's cases exactly as the case model does (byAttention on the live model)", () => {
    const live = byAttention(
      casesOfUser(db, alice)
        .all()
        .map((row) => ({ ...row, accountLeavingOn: null }))
        .map((record) => ({ record, basis: modelBasis(record, noLetters) })),
      today,
    );
    const key = (c: (typeof live)[number]) => [c.model.overdue, c.dueOn, c.createdAt];
    const fromSql = readCasePage(db, alice, { today, limit: 1000, offset: 0 });
    const liveById = new Map(live.map((c) => [c.id, c]));
    // The same sort keys in the same sequence (ties may fall either way between equal keys).
    expect(fromSql.map((c) => key(liveById.get(c.id)!))).toEqual(live.map(key));
    // The stored columns are what the model says.
    for (const row of fromSql) {
      const basis = modelBasis({ ...row, accountLeavingOn: null }, noLetters);
      expect([row.dueKind, row.dueOn, row.waitingOn]).toEqual([
        basis.due?.kind ?? null,
        basis.due?.on ?? null,
        basis.restingWaitingOn,
      ]);
    }
  });

  it("pages through every case once, in order, with counts per view", () => {
    const all = readCasePage(db, alice, { today, limit: 1000, offset: 0 }).map((c) => c.id);
    const seen: string[] = [];
    const first = listCasePage(alice, { today, page: 1, pageSize: 25 });
    for (let page = 1; page <= first.pages; page++)
      seen.push(...listCasePage(alice, { today, page, pageSize: 25 }).cases.map((c) => c.id));
    expect(seen).toEqual(all);
    expect(first.total).toBe(all.length);
    expect(first.counts.all).toBe(all.length);
    expect(first.counts.open + first.counts.closed).toBe(all.length);
    expect(first.owned).toBe(all.length);
    expect(listCasePage(alice, { today, page: 999, pageSize: 25 }).page).toBe(first.pages);
    const submitted = listCasePage(alice, { today, status: "submitted", page: 1, pageSize: 500 });
    expect(submitted.cases.every((c) => c.status === "submitted")).toBe(true);
    expect(submitted.cases).toHaveLength(submitted.counts.all);
    expect(submitted.owned).toBe(all.length);
  });

  it("read only the user's own rows, whatever ids they are given", () => {
    const mine = casePageIdsOfUser(db, alice, { today, limit: 5, offset: 0 })
      .all()
      .map((r) => r.id);
    const bobs = db
      .select({ id: cases.id, userId: cases.userId })
      .from(cases)
      .all()
      .filter((r) => r.userId !== alice)
      .map((r) => r.id);
    expect(bobs.length).toBeGreaterThan(0);
    const rows = casesByIdOfUser(db, alice, [...mine, ...bobs]).all();
    expect(rows.map((r) => r.id).sort()).toEqual([...mine].sort());
    expect(casesByIdOfUser(db, alice, bobs).all()).toEqual([]);
  });

  // (A search reads the rows' search column within the user's range: case-search.test.ts.)
  it("use the index case_user: no scan of other users' cases, and no row read for the default view", () => {
    const plan = (query: { toSQL(): { sql: string; params: unknown[] } }) => {
      const { sql, params } = query.toSQL();
      return (
        db.$client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join("; ");
    };
    expect(plan(casePageIdsOfUser(db, alice, { today, limit: 25, offset: 0 }))).toMatch(
      /USING COVERING INDEX case_user/,
    );
    // The page's rows by primary key, not by reading all of the user's cases again.
    const ids = casePageIdsOfUser(db, alice, { today, limit: 25, offset: 0 })
      .all()
      .map((r) => r.id);
    expect(plan(casesByIdOfUser(db, alice, ids))).toMatch(
      /^SEARCH case USING INDEX sqlite_autoindex_case_1 \(id=\?\)$/,
    );
    expect(plan(viewCountsOfUser(db, alice, { today }))).toMatch(/USING COVERING INDEX case_user/);
    expect(plan(operatorsOfUser(db, alice))).toMatch(/USING COVERING INDEX case_user/);
  });
  it("filter each view exactly as the case model says, and count what each view holds", () => {
    const live = casesOfUser(db, alice)
      .all()
      .map((row) => ({ ...row, accountLeavingOn: null }))
      .map((c) => ({ c, model: modelOn(c, modelBasis(c, noLetters), today) }));
    const expected: Record<CaseView, (x: (typeof live)[number]) => boolean> = {
      all: () => true,
      action: (x) => x.model.waitingOn === "user",
      overdue: (x) => x.model.overdue,
      open: (x) => !isClosed(x.c.status),
      closed: (x) => isClosed(x.c.status),
    };
    const counts = viewCountsOfUser(db, alice, { today }).get()!;
    for (const view of caseViews) {
      const ids = readCasePage(db, alice, { today, view, limit: 1000, offset: 0 }).map((c) => c.id);
      const want = live.filter(expected[view]).map((x) => x.c.id);
      expect([view, [...ids].sort()]).toEqual([view, [...want].sort()]);
      expect([view, counts[view]]).toEqual([view, want.length]);
    }
    // The random cases reach every view, so none of the checks above is vacuous.
    for (const view of caseViews) expect([view, counts[view] > 0]).toEqual([view, true]);
  });

  it("sort by next date, operator and last change as the card shows them", () => {
    const byNext = readCasePage(db, alice, { today, sort: "next", limit: 1000, offset: 0 });
    const nextOn = (c: (typeof byNext)[number]) =>
      modelOn(
        { ...c, accountLeavingOn: null },
        modelBasis({ ...c, accountLeavingOn: null }, noLetters),
        today,
      ).next?.on ?? "9999";
    expect(byNext.map(nextOn)).toEqual(byNext.map(nextOn).sort());
    const byChange = readCasePage(db, alice, { today, sort: "changed", limit: 1000, offset: 0 });
    expect(byChange.map((c) => c.updatedAt)).toEqual(
      byChange
        .map((c) => c.updatedAt)
        .sort()
        .reverse(),
    );
    const byOperator = readCasePage(db, alice, {
      today,
      sort: "operator",
      limit: 1000,
      offset: 0,
    });
    const name = (c: (typeof byOperator)[number]) => (c.providerName ?? c.provider).toLowerCase();
    expect(byOperator.map(name)).toEqual(byOperator.map(name).sort());
  });
});
