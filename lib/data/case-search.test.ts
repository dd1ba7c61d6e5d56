import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { caseEvents, cases } from "@/db/schema";
import { searchTerms } from "@/lib/tracker/case-search";
import { accountLimits } from "@/lib/tracker/limits";
import { caseFormSchema } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import { casePageIdsOfUser } from "./case-queries";
import {
  changeStatus,
  createCase,
  formValuesOf,
  getCase,
  listCasePage,
  markFinalBillsChecked,
  updateCase,
} from "./cases";

vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

const today = "2026-11-25";
const schema = caseFormSchema({ today, providerIds: ["telenor", "telia", "ice"] });
const form = (over: Record<string, string>) =>
  schema.parse({ provider: "telenor", subscriptionType: "postpaid", channel: "chat", ...over });

let db: ReturnType<typeof migratedDb>;
let alice: string;
let bob: string;
const ids = {} as Record<"dad" | "work" | "zh" | "other" | "bobs", string>;

/** The ids a query finds among the user's cases, as the dashboard asks for them. */
const found = (userId: string, query: string) =>
  listCasePage(userId, { today, terms: searchTerms(query), page: 1, pageSize: 100 })
    .cases.map((c) => c.id)
    .sort();

beforeAll(() => {
  db = migratedDb();
  alice = createUser("alice@example.test");
  bob = createUser("bob@example.test");
  ids.dad = createCase(
    alice,
    form({
      nickname: "Pappas linje (Ødegård)",
      phoneNumber: "912 34 567",
      customerNumber: "1234 5678",
    }),
  ).id;
  ids.work = createCase(
    alice,
    form({
      provider: "telia",
      nickname: "work phone",
      phoneNumber: "41 00 22 33",
      notes: "Router returned at Elkjøp",
    }),
  ).id;
  ids.zh = createCase(
    alice,
    form({
      provider: "ice",
      phoneNumber: "47 88 99 00",
      notes: "妈妈的号码，已经搬回中国 100%_done",
    }),
  ).id;
  ids.other = createCase(
    alice,
    form({
      provider: "other",
      providerName: "Zeta Mobil",
      phoneNumber: "+46 70 555 66 77",
      foreignNumber: "on",
    }),
  ).id;
  // Bob's case shares words and digits with Alice's: it must never be found for her.
  ids.bobs = createCase(bob, form({ nickname: "Pappas linje", phoneNumber: "912 34 568" })).id;
});

describe("the dashboard's search (real SQLite file, through the data layer)", () => {
  it("finds a case by its nickname, in any case, with Norwegian letters", () => {
    expect(found(alice, "pappas")).toEqual([ids.dad]);
    expect(found(alice, "ØDEGÅRD")).toEqual([ids.dad]);
    expect(found(alice, "WORK Phone")).toEqual([ids.work]);
  });

  it("finds any run of digits of the number, however it is typed", () => {
    expect(found(alice, "4567")).toEqual([ids.dad]);
    expect(found(alice, "912 34")).toEqual([ids.dad]);
    expect(found(alice, "+47 912-34-567")).toEqual([ids.dad]);
    expect(found(alice, "００２２")).toEqual([ids.work]); // full-width digits, as a Chinese keyboard types them
    expect(found(alice, "46705556677")).toEqual([ids.other]);
  });

  it("finds by operator, customer number, reference and a word of the notes, Chinese too", () => {
    expect(found(alice, "telia")).toEqual([ids.work]);
    expect(found(alice, "zeta")).toEqual([ids.other]);
    expect(found(alice, "12345678")).toEqual([ids.dad]);
    expect(found(alice, "1234 5678")).toEqual([ids.dad]);
    expect(found(alice, "elkjøp")).toEqual([ids.work]);
    expect(found(alice, "妈妈")).toEqual([ids.zh]);
    expect(found(alice, "中国")).toEqual([ids.zh]);
  });

  it("needs every word, and reads % and _ as themselves", () => {
    expect(found(alice, "pappas 4567")).toEqual([ids.dad]);
    expect(found(alice, "pappas telia")).toEqual([]);
    expect(found(alice, "100%_done")).toEqual([ids.zh]);
    expect(found(alice, "%")).toEqual([ids.zh]);
    expect(found(alice, "_")).toEqual([ids.zh]);
    expect(found(alice, "")).toHaveLength(4);
  });

  it("follows every change of the case (the column is rewritten in the same transaction)", () => {
    const before = getCase(alice, ids.work)!;
    const values = formValuesOf(before);
    const result = updateCase(alice, ids.work, form({ ...values, nickname: "jobbtelefon" }), {
      openedAt: before.version,
      shown: values,
    });
    expect(result.ok).toBe(true);
    expect(found(alice, "jobbtelefon")).toEqual([ids.work]);
    expect(found(alice, "work")).toEqual([]);
    const sent = changeStatus(
      alice,
      ids.dad,
      { to: "submitted", submittedOn: "2026-11-20", acknowledged: false },
      today,
    );
    expect(sent.ok).toBe(true);
    const confirmed = changeStatus(
      alice,
      ids.dad,
      {
        to: "confirmed",
        confirmedOn: "2026-11-21",
        confirmationReference: "REF-77 341",
        acknowledged: false,
      },
      today,
    );
    expect(confirmed.ok).toBe(true);
    expect(found(alice, "ref-77")).toEqual([ids.dad]);
    expect(found(alice, "ref77341")).toEqual([ids.dad]);
  });

  it("never finds another user's case", () => {
    expect(found(bob, "pappas")).toEqual([ids.bobs]);
    expect(found(bob, "4567")).toEqual([]);
    expect(found(alice, "4568")).toEqual([]);
  });

  it("reads only the searching user's rows (index case_user)", () => {
    const { sql, params } = casePageIdsOfUser(db, alice, {
      today,
      terms: searchTerms("pappas 4567"),
      limit: 25,
      offset: 0,
    }).toSQL();
    const plan = (
      db.$client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join("; ");
    expect(plan).toMatch(/SEARCH case USING INDEX case_user \(user_id=\?\)/);
  });
});

describe("the dashboard's bulk final-bill check (real SQLite file)", () => {
  it("marks only the ticked cases whose final bill is pending, each with its event, in one go", () => {
    const ended = (nickname: string, owner = alice) => {
      const c = createCase(
        owner,
        form({
          nickname,
          phoneNumber: "98 76 54 32",
          submittedOn: "2026-10-01",
          confirmedOn: "2026-10-02",
          endsOn: "2026-10-31",
        }),
      );
      expect(c.status).toBe("confirmed");
      return c.id;
    };
    const first = ended("ended one");
    const second = ended("ended two");
    const running = createCase(alice, form({ phoneNumber: "98 76 54 33" })).id;
    // Bob's ended case would be marked for Bob: for Alice it is as if it did not exist.
    const bobs = ended("bob's ended", bob);
    const result = markFinalBillsChecked(
      alice,
      [first, second, second, running, bobs, "nope"],
      today,
    );
    expect(result).toEqual({ marked: 2, skipped: 3 });
    const row = (id: string) => db.select().from(cases).where(eq(cases.id, id)).get()!;
    expect([row(first).finalBillChecked, row(second).finalBillChecked]).toEqual([true, true]);
    expect(row(running).finalBillChecked).toBe(false);
    expect([row(bobs).finalBillChecked, row(bobs).version]).toEqual([false, 1]);
    expect(markFinalBillsChecked(bob, [bobs], today)).toEqual({ marked: 1, skipped: 0 });
    const events = db.select().from(caseEvents).where(eq(caseEvents.caseId, first)).all();
    expect(events.some((e) => e.field === "finalBillChecked" && e.toValue === "true")).toBe(true);
    // A case whose timeline is full is skipped; the others are still marked.
    const full = ended("full timeline");
    const other = ended("other");
    const stamp = "2026-11-01T10:00:00.000Z";
    const existing = db.select().from(caseEvents).where(eq(caseEvents.caseId, full)).all().length;
    db.insert(caseEvents)
      .values(
        Array.from({ length: accountLimits.events - existing }, () => ({
          caseId: full,
          at: stamp,
          kind: "edited",
        })),
      )
      .run();
    expect(markFinalBillsChecked(alice, [full, other], today)).toEqual({ marked: 1, skipped: 1 });
    expect([row(full).finalBillChecked, row(other).finalBillChecked]).toEqual([false, true]);
    // A second press finds nothing left to mark.
    expect(markFinalBillsChecked(alice, [first, second], today)).toEqual({ marked: 0, skipped: 2 });
  });
});
