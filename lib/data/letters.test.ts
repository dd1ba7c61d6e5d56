import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { caseEvents, cases } from "@/db/schema";
import { accountLimits } from "@/lib/tracker/limits";
import { caseFormSchema } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import { exportAccountData } from "./account";
import { calendarData, feedOwner, feedToken, renewFeed, revokeFeed } from "./calendar";
import { createCase, getCase, listCaseEvents, snoozeCase } from "./cases";
import { getLetter, letterProfile, listLetters, markLetterSent, prepareLetter } from "./letters";
import { LimitReachedError } from "./limit-reached";

vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

const today = "2026-11-25";
const form = caseFormSchema({ today, providerIds: ["telenor"] }).parse({
  provider: "telenor",
  subscriptionType: "postpaid",
  phoneNumber: "91234567",
  channel: "chat",
});
const letter = {
  subject: { nb: "Oppsigelse", en: "Cancellation" },
  paragraphs: [{ nb: "Jeg sier opp.", en: "I cancel." }],
};
/** The owner's cancellation letter, asking for `requestedEndOn` if given. */
const cancellation = (requestedEndOn: string | null = null) => ({
  kind: "cancellation",
  templateVersion: 1,
  letter,
  requestedEndOn,
  deceasedName: null,
});

let alice: string;
beforeAll(() => {
  migratedDb();
  alice = createUser("alice@example.test");
});

describe("letters data-access layer (real SQLite file)", () => {
  it("stores a prepared letter frozen, logs it, and remembers the name and birth date only while asked", () => {
    const c = createCase(alice, form);
    const prepared = prepareLetter(alice, c.id, cancellation(), { name: null, birthDate: null })!;
    expect(getLetter(alice, c.id, prepared.id)).toMatchObject({
      kind: "cancellation",
      subject: letter.subject,
      paragraphs: letter.paragraphs,
      sentOn: null,
    });
    expect(letterProfile(alice)).toEqual({
      name: "",
      birthDate: null,
      email: "alice@example.test",
    });
    prepareLetter(alice, c.id, cancellation(), { name: "Li Wei", birthDate: "1990-05-17" });
    expect(letterProfile(alice)).toEqual({
      name: "Li Wei",
      birthDate: "1990-05-17",
      email: "alice@example.test",
    });
    // A letter whose form does not ask the birth date (an estate's, an employer's) keeps it.
    prepareLetter(
      alice,
      c.id,
      { ...cancellation(), kind: "estate-cancellation" },
      { name: "Li Wei" },
    );
    expect(letterProfile(alice).birthDate).toBe("1990-05-17");
    prepareLetter(alice, c.id, cancellation(), { name: null, birthDate: null });
    expect(letterProfile(alice)).toEqual({
      name: "",
      birthDate: null,
      email: "alice@example.test",
    });
    expect(listLetters(alice, c.id)).toHaveLength(4);
    expect(listCaseEvents(alice, c.id)!.filter((e) => e.kind === "letter-prepared")).toHaveLength(
      4,
    );
  });

  it("marking a cancellation sent makes the case 'sent' from that date, by that channel", () => {
    const c = createCase(alice, form);
    const prepared = prepareLetter(alice, c.id, cancellation(), { name: null, birthDate: null })!;
    expect(
      markLetterSent(alice, c.id, prepared.id, { sentOn: "2026-11-24", channel: "email" }, today),
    ).toEqual({ ok: true });
    expect(getCase(alice, c.id)).toMatchObject({
      status: "submitted",
      submittedOn: "2026-11-24",
      channel: "email",
      version: 2,
    });
    expect(getLetter(alice, c.id, prepared.id)?.sentOn).toBe("2026-11-24");
    expect(listCaseEvents(alice, c.id)!.map((e) => e.kind)).toEqual([
      "created",
      "letter-prepared",
      "letter-sent",
      "status",
      "edited",
      "edited",
    ]);
  });

  it("brings the end date the letter asked for to the case, and marks a letter sent only once", () => {
    const c = createCase(alice, form);
    const prepared = prepareLetter(alice, c.id, cancellation("2026-12-31"), {
      name: null,
      birthDate: null,
    })!;
    const sent = { sentOn: "2026-11-24", channel: "email" };
    expect(markLetterSent(alice, c.id, prepared.id, sent, today)).toEqual({ ok: true });
    expect(getCase(alice, c.id)).toMatchObject({ requestedEndOn: "2026-12-31", version: 2 });
    const events = listCaseEvents(alice, c.id)!.length;
    // A double submit: the same date again changes nothing.
    expect(markLetterSent(alice, c.id, prepared.id, sent, today)).toEqual({ ok: true });
    // A second "I sent it" with another day (an old tab): refused, the first date stands.
    expect(
      markLetterSent(alice, c.id, prepared.id, { ...sent, sentOn: "2026-11-20" }, today),
    ).toEqual({ ok: false, reason: "already-sent" });
    expect(getCase(alice, c.id)).toMatchObject({ submittedOn: "2026-11-24", version: 2 });
    expect(getLetter(alice, c.id, prepared.id)?.sentOn).toBe("2026-11-24");
    expect(listCaseEvents(alice, c.id)).toHaveLength(events);
  });

  it("drops an asked-for end date that comes before the day the letter really went out", () => {
    const c = createCase(alice, form);
    const prepared = prepareLetter(alice, c.id, cancellation("2026-11-22"), {
      name: null,
      birthDate: null,
    })!;
    const sent = { sentOn: "2026-11-24", channel: "email" };
    expect(markLetterSent(alice, c.id, prepared.id, sent, today)).toEqual({ ok: true });
    expect(getCase(alice, c.id)).toMatchObject({ submittedOn: "2026-11-24", requestedEndOn: null });
  });

  it("refuses a sent date in the future and writes nothing", () => {
    const c = createCase(alice, form);
    const prepared = prepareLetter(alice, c.id, cancellation(), { name: null, birthDate: null })!;
    expect(
      markLetterSent(alice, c.id, prepared.id, { sentOn: "2026-11-26", channel: "email" }, today),
    ).toEqual({ ok: false, reason: "invalid", field: "sentOn", code: "futureDate" });
    expect(getCase(alice, c.id)?.status).toBe("planned");
    expect(getLetter(alice, c.id, prepared.id)?.sentOn).toBeNull();
  });

  it("refuses a sent date after the case's end date, with its own reason", () => {
    const c = createCase(alice, { ...form, endsOn: "2026-11-20" });
    const prepared = prepareLetter(alice, c.id, cancellation(), { name: null, birthDate: null })!;
    expect(
      markLetterSent(alice, c.id, prepared.id, { sentOn: "2026-11-24", channel: "email" }, today),
    ).toEqual({ ok: false, reason: "invalid", field: "sentOn", code: "afterEndDate" });
    expect(getCase(alice, c.id)?.status).toBe("planned");
  });

  it("keeps the deceased's name an estate's letter gave, for the case's next letter", () => {
    const c = createCase(alice, form);
    const estate = { ...letter, subject: { nb: "Oppsigelse for dødsbo", en: "Estate" } };
    prepareLetter(alice, c.id, cancellation(), { name: null });
    prepareLetter(
      alice,
      c.id,
      {
        kind: "estate-cancellation",
        templateVersion: 3,
        letter: estate,
        requestedEndOn: null,
        deceasedName: "Wang Fang",
      },
      { name: null },
    );
    expect(listLetters(alice, c.id)!.map((l) => [l.kind, l.deceasedName])).toEqual([
      ["cancellation", null],
      ["estate-cancellation", "Wang Fang"],
    ]);
  });

  it("puts letters and the feed's existence (not its secret) into the data export", () => {
    const token = renewFeed(alice);
    const exported = JSON.stringify(exportAccountData(alice));
    expect(exported).toContain("Jeg sier opp.");
    expect(exported).toContain('"calendarFeed":{"createdAt"');
    expect(exported).not.toContain(token);
  });
});

describe("the account's limits", () => {
  it("refuses a case past the limit and a letter past the limit, writing nothing, and only for that account", () => {
    const db = getDb();
    const bob = createUser("bob-limits@example.test");
    const stamp = "2026-11-25T12:00:00.000Z";
    const rows = Array.from(
      { length: accountLimits.cases - 1 },
      () =>
        ({
          userId: bob,
          provider: "telenor",
          subscriptionType: "postpaid",
          phoneNumber: "+4791234567",
          channel: "chat",
          status: "planned",
          createdAt: stamp,
          updatedAt: stamp,
        }) as const,
    );
    // In chunks: one INSERT of them all would pass SQLite's limit on bound variables.
    for (let i = 0; i < rows.length; i += 500)
      db.insert(cases)
        .values(rows.slice(i, i + 500))
        .run();
    const last = createCase(bob, form); // the last one that fits
    expect(() => createCase(bob, form)).toThrow(LimitReachedError);
    expect(db.select({ n: count() }).from(cases).where(eq(cases.userId, bob)).get()!.n).toBe(
      accountLimits.cases,
    );
    // Someone else's account is not affected.
    expect(createCase(alice, form).id).toMatch(/^[0-9a-f-]{36}$/);

    for (let i = 0; i < accountLimits.letters; i++)
      prepareLetter(bob, last.id, cancellation(), { name: null, birthDate: null });
    expect(() =>
      prepareLetter(bob, last.id, cancellation(), { name: null, birthDate: null }),
    ).toThrow(LimitReachedError);
    expect(listLetters(bob, last.id)).toHaveLength(accountLimits.letters);
    expect(listCaseEvents(bob, last.id)!.filter((e) => e.kind === "letter-prepared")).toHaveLength(
      accountLimits.letters,
    );
  });

  it("refuses a change to a case whose history is full, writing nothing", () => {
    const db = getDb();
    const c = createCase(alice, form);
    const logged = listCaseEvents(alice, c.id)!.length;
    const stamp = "2026-11-25T12:00:00.000Z";
    db.insert(caseEvents)
      .values(
        Array.from({ length: accountLimits.events - logged }, () => ({
          caseId: c.id,
          at: stamp,
          kind: "edited",
          field: "notes",
          fromValue: null,
          toValue: "x",
        })),
      )
      .run();
    expect(() => snoozeCase(alice, c.id, "2026-12-01")).toThrow(LimitReachedError);
    expect(getCase(alice, c.id)).toMatchObject({ snoozedUntil: null, version: c.version });
    expect(listCaseEvents(alice, c.id)).toHaveLength(accountLimits.events);
  });
});

describe("calendar feed tokens", () => {
  it("renewing replaces the secret at once; revoking removes it", () => {
    const first = renewFeed(alice);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(feedOwner(first)?.userId).toBe(alice);
    const second = renewFeed(alice);
    expect(second).not.toBe(first);
    expect(feedOwner(first)).toBeNull();
    expect(feedToken(alice)).toBe(second);
    revokeFeed(alice);
    expect(feedOwner(second)).toBeNull();
    expect(feedToken(alice)).toBeNull();
  });

  it("holds open cases only, with the case model's stored deadline", () => {
    const bob = createUser("bob@example.test");
    const open = createCase(bob, { ...form, submittedOn: "2026-11-20" });
    const data = calendarData(bob);
    expect(data.map((c) => c.id)).toEqual([open.id]);
    expect(data[0]).toMatchObject({ dueKind: "confirmation", dueOn: "2026-11-27" });
  });
});
