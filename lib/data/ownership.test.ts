import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  calendarFeeds,
  caseChecklist,
  caseEvents,
  caseEvidence,
  caseReplies,
  caseLetters,
  cases,
  reminders,
  users,
} from "@/db/schema";
import { caseFormSchema } from "@/lib/validation/case";
import { createUser, migratedDb } from "@/test/database";
import { pdf } from "@/test/evidence-files";
import * as accountLayer from "./account";
import * as calendarLayer from "./calendar";
import * as caseLayer from "./cases";
import * as evidenceLayer from "./evidence";
import * as letterLayer from "./letters";
import * as reminderLayer from "./reminders";
import * as replyLayer from "./replies";

vi.hoisted(() => {
  process.env.TEST_NOW = "2026-11-25T12:00:00Z";
});

// Two users, one table: every export of the data-access layer that takes a user id is called by
// Bob on Alice's case. Each must refuse (null / false / not-found) and leave Alice's rows exactly
// as they were. A new export fails the coverage check below until it is added here.

const today = "2026-11-25";
const form = caseFormSchema({ today, providerIds: ["telenor"] }).parse({
  provider: "telenor",
  subscriptionType: "prepaid",
  phoneNumber: "91234567",
  channel: "chat",
  submittedOn: "2026-11-10",
  notes: "Alice's",
});
const guard = { openedAt: 1, shown: {} };

type Call = {
  name: string;
  call: (bob: string, aliceCase: string) => unknown;
  refused: (result: unknown) => boolean;
};
const isNull = (r: unknown) => r === null;
const isFalse = (r: unknown) => r === false;
const notFound = (r: unknown) =>
  (r as { ok: boolean; reason?: string }).ok === false &&
  (r as { reason: string }).reason === "not-found";

const caseCalls: Call[] = [
  { name: "getCase", call: (bob, id) => caseLayer.getCase(bob, id), refused: isNull },
  {
    name: "listCases",
    call: (bob, id) => caseLayer.listCases(bob).some((c) => c.id === id),
    refused: isFalse,
  },
  {
    name: "listCasePage",
    call: (bob, id) =>
      caseLayer.listCasePage(bob, { today, page: 1, pageSize: 100 }).cases.some((c) => c.id === id),
    refused: isFalse,
  },
  { name: "listCaseEvents", call: (bob, id) => caseLayer.listCaseEvents(bob, id), refused: isNull },
  { name: "getChecklist", call: (bob, id) => caseLayer.getChecklist(bob, id), refused: isNull },
  {
    name: "updateCase",
    call: (bob, id) => caseLayer.updateCase(bob, id, form, guard),
    refused: notFound,
  },
  {
    name: "changeStatus",
    call: (bob, id) =>
      caseLayer.changeStatus(
        bob,
        id,
        { to: "confirmed", confirmedOn: today, acknowledged: true },
        today,
      ),
    refused: notFound,
  },
  {
    name: "setChecklistItem",
    call: (bob, id) => caseLayer.setChecklistItem(bob, id, "backups", true, today),
    refused: isFalse,
  },
  {
    name: "snoozeCase",
    call: (bob, id) => caseLayer.snoozeCase(bob, id, "2026-12-31"),
    refused: isFalse,
  },
  {
    name: "setReminderOverrides",
    call: (bob, id) =>
      caseLayer.setReminderOverrides(bob, id, { remindOn: "2026-12-01", muted: ["follow-up"] }),
    refused: isFalse,
  },
  {
    name: "recordFinalBill",
    call: (bob, id) => caseLayer.recordFinalBill(bob, id, "disputed"),
    refused: isFalse,
  },
  { name: "deleteCase", call: (bob, id) => caseLayer.deleteCase(bob, id), refused: isFalse },
  {
    name: "markFinalBillsChecked",
    call: (bob, id) => caseLayer.markFinalBillsChecked(bob, [id], today).marked,
    refused: (marked) => marked === 0,
  },
  {
    name: "listCaseReminders",
    call: (bob, id) => reminderLayer.listCaseReminders(bob, id),
    refused: isNull,
  },
  { name: "listLetters", call: (bob, id) => letterLayer.listLetters(bob, id), refused: isNull },
  {
    name: "getLetter",
    call: (bob, id) => letterLayer.getLetter(bob, id, aliceLetter),
    refused: isNull,
  },
  {
    name: "prepareLetter",
    call: (bob, id) =>
      letterLayer.prepareLetter(
        bob,
        id,
        {
          kind: "chase",
          templateVersion: 1,
          letter: { subject: { nb: "x" }, paragraphs: [] },
          requestedEndOn: null,
          deceasedName: null,
        },
        { name: "Bob", birthDate: null },
      ),
    refused: isNull,
  },
  {
    name: "markLetterSent",
    call: (bob, id) =>
      letterLayer.markLetterSent(bob, id, aliceLetter, { sentOn: today, channel: "email" }, today),
    refused: notFound,
  },
  { name: "ownsCase", call: (bob, id) => calendarLayer.ownsCase(bob, id), refused: isFalse },
  {
    name: "calendarData",
    call: (bob, id) =>
      calendarLayer.calendarData(bob, id).length > 0 ||
      JSON.stringify(calendarLayer.calendarData(bob)).includes(id),
    refused: isFalse,
  },
  {
    name: "feedToken",
    call: (bob) => calendarLayer.feedToken(bob) === aliceToken,
    refused: isFalse,
  },
  {
    name: "renewFeed (Bob's own)",
    call: (bob) => calendarLayer.renewFeed(bob) === aliceToken,
    refused: isFalse,
  },
  {
    name: "revokeFeed (Bob's own)",
    call: (bob) => calendarLayer.revokeFeed(bob) ?? false,
    refused: isFalse,
  },
  {
    name: "feedOwner",
    call: (bob) => calendarLayer.feedOwner(calendarLayer.renewFeed(bob))?.userId === alice,
    refused: isFalse,
  },
  {
    name: "letterProfile",
    call: (bob) => letterLayer.letterProfile(bob).name === "Alice A.",
    refused: isFalse,
  },
  {
    name: "exportAccountData",
    call: (bob, id) => JSON.stringify(accountLayer.exportAccountData(bob)).includes(id),
    refused: isFalse,
  },
  {
    name: "addEvidence",
    call: (bob, id) =>
      evidenceLayer.addEvidence(bob, id, [{ field: "file-0", bytes: pdf, fileName: "b.pdf" }]),
    refused: notFound,
  },
  { name: "listEvidence", call: (bob, id) => evidenceLayer.listEvidence(bob, id), refused: isNull },
  {
    name: "evidenceUsage",
    call: (bob, id) => evidenceLayer.evidenceUsage(bob, id),
    refused: isNull,
  },
  {
    name: "evidenceFile",
    call: (bob) => evidenceLayer.evidenceFile(bob, aliceEvidence),
    refused: isNull,
  },
  {
    name: "evidenceFilesOfCase",
    call: (bob, id) => evidenceLayer.evidenceFilesOfCase(bob, id),
    refused: isNull,
  },
  {
    name: "deleteEvidence",
    call: (bob, id) => evidenceLayer.deleteEvidence(bob, id, aliceEvidence),
    refused: isFalse,
  },
  {
    name: "recordReply",
    call: (bob, id) =>
      replyLayer.recordReply(
        bob,
        id,
        { receivedOn: today, channel: "email", outcome: "refused" },
        today,
      ),
    refused: notFound,
  },
  { name: "listReplies", call: (bob, id) => replyLayer.listReplies(bob, id), refused: isNull },
  {
    name: "deleteAccount (Bob's own)",
    call: (bob) => accountLayer.deleteAccount(bob) && false,
    refused: isFalse,
  },
];

/** Exports that take no case id or act only on the caller's own row (checked in their own tests). */
const notCaseScoped = new Set([
  "createCase",
  "formValuesOf",
  "getAccount",
  "userToday",
  "updateAccountSettings",
  "unsubscribe",
  // Takes a transaction and a row its caller already found among the user's own (changeStatus,
  // recordReply): covered through them.
  "moveStatus",
]);

let db: ReturnType<typeof migratedDb>;
let alice: string;
let aliceCase: string;
let aliceLetter: string;
let aliceToken: string;
let aliceEvidence: string;

const snapshot = () => ({
  user: db.select().from(users).where(eq(users.id, alice)).get(),
  case: db.select().from(cases).where(eq(cases.id, aliceCase)).get(),
  events: db.select().from(caseEvents).where(eq(caseEvents.caseId, aliceCase)).all(),
  checklist: db.select().from(caseChecklist).where(eq(caseChecklist.caseId, aliceCase)).all(),
  reminders: db.select().from(reminders).where(eq(reminders.caseId, aliceCase)).all(),
  letters: db.select().from(caseLetters).where(eq(caseLetters.caseId, aliceCase)).all(),
  feed: db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, alice)).all(),
  evidence: db.select().from(caseEvidence).where(eq(caseEvidence.caseId, aliceCase)).all(),
  replies: db.select().from(caseReplies).where(eq(caseReplies.caseId, aliceCase)).all(),
  evidenceFile: readFileSync(evidenceLayer.evidenceFile(alice, aliceEvidence)!.path),
});

beforeAll(async () => {
  db = migratedDb();
  alice = createUser("alice@example.test");
  aliceCase = caseLayer.createCase(alice, form).id;
  caseLayer.setChecklistItem(alice, aliceCase, "prepaid-credit", true, today);
  aliceLetter = letterLayer.prepareLetter(
    alice,
    aliceCase,
    {
      kind: "chase",
      templateVersion: 1,
      letter: { subject: { nb: "Purring" }, paragraphs: [{ nb: "Hei", en: "Hello" }] },
      requestedEndOn: null,
      deceasedName: null,
    },
    { name: "Alice A.", birthDate: "1990-01-01" },
  )!.id;
  aliceToken = calendarLayer.renewFeed(alice);
  await evidenceLayer.addEvidence(alice, aliceCase, [
    { field: "file-0", bytes: pdf, fileName: "alice.pdf" },
  ]);
  aliceEvidence = evidenceLayer.listEvidence(alice, aliceCase)![0]!.id;
});

describe("two users: no export of the data layer reaches another user's case", () => {
  it("covers every exported function", () => {
    const exported = Object.keys({
      ...caseLayer,
      ...reminderLayer,
      ...accountLayer,
      ...letterLayer,
      ...calendarLayer,
      ...evidenceLayer,
      ...replyLayer,
    });
    const covered = new Set(caseCalls.map((c) => c.name.split(" ")[0]));
    expect(exported.filter((name) => !covered.has(name) && !notCaseScoped.has(name))).toEqual([]);
  });

  it.each(caseCalls)(
    "$name refuses Bob and changes nothing of Alice's",
    async ({ call, refused }) => {
      const bob = createUser(`bob-${Math.random()}@example.test`);
      const before = snapshot();
      expect(refused(await call(bob, aliceCase))).toBe(true);
      expect(snapshot()).toEqual(before);
    },
  );
});
