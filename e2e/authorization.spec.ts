import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import {
  calendarFeeds,
  caseChecklist,
  caseEvents,
  caseEvidence,
  caseLetters,
  caseReportShares,
  cases,
  readerReports,
  reminders,
  users,
} from "@/db/schema";
import { pdf, pdfTagged } from "@/test/evidence-files";
import { actionIds, postAction } from "./actions";
import { e2eAppEnv } from "./env";
import { signInAs } from "./fixtures";

// Every server action, called as a raw POST (no JavaScript, no page, any fields) with another
// user's case id, and with no session at all. None may change Alice's data, none may answer 500,
// and none may claim a success that did not happen.

const caseForm = {
  locale: "en",
  provider: "telenor",
  subscriptionType: "postpaid",
  phoneNumber: "91234567",
  channel: "chat",
  notes: "Bob was here",
};

function snapshot(caseId: string, userId: string) {
  const db = openDatabase(e2eAppEnv.DATABASE_PATH);
  try {
    return {
      user: db.select().from(users).where(eq(users.id, userId)).get(),
      case: db.select().from(cases).where(eq(cases.id, caseId)).get(),
      events: db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).all(),
      checklist: db.select().from(caseChecklist).where(eq(caseChecklist.caseId, caseId)).all(),
      reminders: db.select().from(reminders).where(eq(reminders.caseId, caseId)).all(),
      letters: db.select().from(caseLetters).where(eq(caseLetters.caseId, caseId)).all(),
      feed: db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).all(),
      evidence: db.select().from(caseEvidence).where(eq(caseEvidence.caseId, caseId)).all(),
      sharedReport: db
        .select()
        .from(caseReportShares)
        .innerJoin(readerReports, eq(readerReports.id, caseReportShares.reportId))
        .where(eq(caseReportShares.caseId, caseId))
        .all(),
    };
  } finally {
    db.$client.close();
  }
}

function evidenceIdsOf(caseId: string): string[] {
  const db = openDatabase(e2eAppEnv.DATABASE_PATH);
  try {
    return db
      .select({ id: caseEvidence.id })
      .from(caseEvidence)
      .where(eq(caseEvidence.caseId, caseId))
      .all()
      .map((r) => r.id);
  } finally {
    db.$client.close();
  }
}

/** Each action with the fields that would make it act on `caseId`. */
type Field = string | { name: string; mimeType: string; buffer: Buffer };
const attacks = (caseId: string): [string, Record<string, Field>][] => [
  ["updateCaseAction", { ...caseForm, caseId, version: "1", base: "{}" }],
  ["changeStatusAction", { locale: "en", caseId, to: "withdrawn" }],
  [
    "changeStatusAction",
    { locale: "en", caseId, to: "confirmed", confirmedOn: "2026-11-20", acknowledged: "on" },
  ],
  ["setChecklistItemAction", { locale: "en", caseId, item: "backups", done: "true" }],
  ["snoozeCaseAction", { locale: "en", caseId }],
  ["resumeRemindersAction", { locale: "en", caseId }],
  ["setReminderOverridesAction", { locale: "en", caseId, remindOn: "2099-01-01" }],
  ["recordFinalBillAction", { locale: "en", caseId, outcome: "disputed" }],
  ["prepareLetterAction", { locale: "en", caseId, kind: "chase", fullName: "Bob" }],
  [
    "markLetterSentAction",
    { locale: "en", caseId, letterId: alice.letterId, sentOn: "2026-11-20", channel: "email" },
  ],
  ["deleteCaseAction", { locale: "en", caseId }],
  ["markFinalBillsCheckedAction", { locale: "en", caseId }],
  [
    "addEvidenceAction",
    {
      locale: "en",
      caseId,
      "file-0": { name: "bob.pdf", mimeType: "application/pdf", buffer: pdf },
    },
  ],
  ["deleteEvidenceAction", { locale: "en", caseId, evidenceId: alice.evidenceId }],
  [
    "recordReplyAction",
    { locale: "en", caseId, receivedOn: "2026-11-20", channel: "email", outcome: "refused" },
  ],
  ["shareReportAction", { locale: "en", caseId }],
  ["withdrawReportAction", { locale: "en", caseId }],
];

let alice: { userId: string; caseId: string; letterId: string; evidenceId: string };

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  const userId = await signInAs(context, "alice-authz@example.test");
  const created = await postAction(context.request, "createCaseAction", {
    ...caseForm,
    notes: "Alice's",
    submittedOn: "2026-11-10",
  });
  expect(created.status()).toBe(303);
  const caseId = /\/en\/tracker\/([\w-]+)/.exec(created.headers()["location"]!)![1]!;
  // A letter of Alice's, for the "I sent it" attack.
  const letter = await postAction(context.request, "prepareLetterAction", {
    locale: "en",
    caseId,
    kind: "chase",
    fullName: "Alice",
  });
  expect(letter.status()).toBe(303);
  const letterId = /\/letters\/([\w-]+)$/.exec(letter.headers()["location"]!)![1]!;
  // A file of Alice's, for the "remove it" attack.
  const evidence = await postAction(context.request, "addEvidenceAction", {
    locale: "en",
    caseId,
    "file-0": { name: "alice.pdf", mimeType: "application/pdf", buffer: pdfTagged("alice") },
  });
  expect(evidence.status()).toBe(303);
  const evidenceId = evidenceIdsOf(caseId)[0]!;
  // Confirmed and shared with other readers, for the "share it again" and "withdraw it" attacks.
  const confirmed = await postAction(context.request, "changeStatusAction", {
    locale: "en",
    caseId,
    to: "confirmed",
    confirmedOn: "2026-11-12",
  });
  expect(confirmed.status()).toBe(303);
  const shared = await postAction(context.request, "shareReportAction", { locale: "en", caseId });
  expect(shared.headers()["location"]).toContain("saved=report-shared");
  alice = { userId, caseId, letterId, evidenceId };
  await context.close();
});

test("the list of attacked actions covers every action of the tracker", () => {
  const tracker = Object.keys(actionIds()).filter(
    (name) =>
      ![
        "createCaseAction",
        "signOutAction",
        "updateSettingsAction",
        "deleteAccountAction",
        "requestSignInLink",
        "calendarFeedAction",
      ].includes(name),
  );
  expect(new Set(attacks("x").map(([name]) => name))).toEqual(new Set(tracker));
});

test("Bob, signed in, posting Alice's case id to every action changes nothing and claims no success", async ({
  browser,
}) => {
  const context = await browser.newContext();
  await signInAs(context, "bob-authz@example.test");
  const before = snapshot(alice.caseId, alice.userId);
  for (const [name, fields] of attacks(alice.caseId)) {
    const response = await postAction(context.request, name, fields);
    expect(response.status(), name).toBeLessThan(500);
    const location = response.headers()["location"] ?? "";
    // No success: a button comes back with "not found", a form is answered in place (its
    // message is checked in the browser tests), never a redirect with a success banner.
    expect(location, name).not.toMatch(/saved=|deleted=1/);
    // The dashboard's bulk button counts what it did: nothing marked, Alice's case skipped.
    if (name === "markFinalBillsCheckedAction") {
      expect(location, name).toMatch(/\/en\/tracker\?marked=0&skipped=1$/);
      continue;
    }
    // A form whose only pages are about one case answers on that page, which sends Bob to his
    // own list (307, "not found or not yours").
    if ([303, 307].includes(response.status())) expect(location, name).toContain("notFound=1");
    else expect(response.status(), name).toBe(200);
  }
  expect(snapshot(alice.caseId, alice.userId)).toEqual(before);
  await context.close();
});

test("Bob's spreadsheet of 'ticked' cases never holds Alice's, whatever ids he sends", async ({
  browser,
}) => {
  const context = await browser.newContext();
  await signInAs(context, "bob-authz@example.test");
  // The ids are filtered among Bob's own cases (the CSV is plain text to read; the workbook is
  // built from the same table).
  const response = await context.request.get(`/api/account/export/csv?caseId=${alice.caseId}`);
  expect(response.status()).toBe(200);
  const csv = await response.text();
  expect(csv).not.toContain("Alice's");
  expect(csv.trim().split("\r\n")).toHaveLength(1); // the header only
  await context.close();
});

test("without a session every action sends to sign-in and changes nothing", async ({ request }) => {
  const before = snapshot(alice.caseId, alice.userId);
  for (const [name, fields] of [
    ...attacks(alice.caseId),
    ["createCaseAction", caseForm] as [string, Record<string, string>],
    ["updateSettingsAction", { locale: "zh", timeZone: "Asia/Shanghai" }] as [
      string,
      Record<string, string>,
    ],
    ["deleteAccountAction", { locale: "en", confirm: "yes" }] as [string, Record<string, string>],
    ["calendarFeedAction", { locale: "en", change: "renew" }] as [string, Record<string, string>],
  ]) {
    const response = await postAction(request, name, fields);
    expect(response.status(), name).toBe(303);
    expect(response.headers()["location"], name).toMatch(/^\/(en|zh)\/sign-in\?callbackUrl=/);
  }
  expect(snapshot(alice.caseId, alice.userId)).toEqual(before);
});
