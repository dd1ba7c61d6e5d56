import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// The app's own mail module, sending by SMTP to a real server on localhost.
const { smtpPort } = vi.hoisted(() => {
  const smtpPort = 31000 + Math.floor(Math.random() * 20000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  return { smtpPort };
});

import { openDatabase } from "@/db/client";
import { cases, reminders, users } from "@/db/schema";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import { claimLeaseMs, retryDelayMs } from "@/lib/reminders/backoff";
import { syncReminders } from "@/lib/reminders/sync";
import { migratedDb } from "@/test/database";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { claimDueReminders, reminderHealth, sweepReminders } from "./send-due-reminders";

let db: ReturnType<typeof migratedDb>;
let sink: SmtpSink;
let smtpDown = false;
beforeAll(async () => {
  db = migratedDb();
  sink = await startSmtpSink({ port: smtpPort, rejectWhile: () => smtpDown });
});
afterAll(() => sink.close());
beforeEach(() => {
  smtpDown = false;
  db.delete(users).run(); // cascades to cases and reminders
  sink.messages.length = 0;
});

const at = (iso: string) => Date.parse(iso);
const sweep = (now: number, database = db) => sweepReminders({ db: database, send: sendMail, now });

/** A user and a submitted case, with reminders planned as of `now`. */
function submittedCase(opts: { email?: string; locale?: string; timeZone?: string; submittedOn: string; now: number; digest?: boolean }) {
  const user = db.insert(users).values({ email: opts.email ?? "reader@example.test", locale: opts.locale ?? "en", timeZone: opts.timeZone ?? "Europe/Oslo", reminderDigest: opts.digest ?? false }).returning().get();
  const stamp = new Date(opts.now).toISOString();
  const c = db.insert(cases).values({ userId: user.id, provider: "telenor", subscriptionType: "postpaid", phoneNumber: "+4791234567", channel: "chat", status: "submitted", submittedOn: opts.submittedOn, createdAt: stamp, updatedAt: stamp }).returning().get();
  syncReminders(db, c.id, opts.now);
  return { user, c };
}

describe("reminder sweep against a real SMTP server and SQLite file", () => {
  it("sends exactly one message at 09:00 local on the due day, across a DST change, in the user's language", async () => {
    // Submitted 22 March; first follow-up due 29 March, the night Oslo moves to summer time.
    const { user } = submittedCase({ email: "lin@example.test", locale: "zh", submittedOn: "2026-03-22", now: at("2026-03-22T12:00:00Z") });
    expect((await sweep(at("2026-03-29T06:59:00Z"))).messages).toBe(0); // 08:59 in Oslo
    expect((await sweep(at("2026-03-29T07:00:00Z"))).messages).toBe(1); // 09:00 CEST
    expect((await sweep(at("2026-03-29T07:05:00Z"))).messages).toBe(0);
    expect((await sweep(at("2026-03-30T07:00:00Z"))).messages).toBe(0);

    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0]!;
    expect((mail.to as { text: string }).text).toBe("lin@example.test");
    expect(mail.subject).toBe("Telenor 还没有给你确认？");
    expect(mail.text).toContain("+47 ••••• 567");
    expect(mail.text).not.toContain("91234567");
    expect(mail.html).toContain('lang="zh-Hans"');
    const header = (key: string) => (mail.headerLines.find((h) => h.key === key)?.line ?? "").replace(/\r?\n\s+/g, " ");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header("list-unsubscribe")).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/api\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
    expect(mail.text).toContain(`/zh/tracker/`);
    const row = db.select().from(reminders).where(eq(reminders.userId, user.id)).all().find((r) => r.status === "sent")!;
    expect(row.messageId).toBe(mail.messageId);
  });

  it("loses nothing while the SMTP server is down: retried with backoff, delivered once when it is back", async () => {
    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    const due = at("2026-11-08T08:00:00Z");
    smtpDown = true;
    expect(await sweep(due)).toMatchObject({ claimed: 1, retrying: 1, sent: 0 });
    const failedOnce = db.select().from(reminders).where(eq(reminders.status, "pending")).all().find((r) => r.attempts === 1)!;
    expect(failedOnce.lastError).toBeTruthy();
    expect(failedOnce.nextAttemptAt).toBe(due + retryDelayMs(1));

    smtpDown = false;
    expect((await sweep(due + retryDelayMs(1) - 1)).claimed).toBe(0); // not before the backoff
    expect((await sweep(due + retryDelayMs(1))).sent).toBe(1);
    expect((await sweep(due + retryDelayMs(1) + 60_000)).claimed).toBe(0);
    expect(sink.messages).toHaveLength(1);
  });

  it("marks a reminder failed after the last attempt, so the user can see it", async () => {
    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    smtpDown = true;
    let now = at("2026-11-08T08:00:00Z");
    for (let i = 0; i < 10; i++) {
      await sweep(now);
      now += retryDelayMs(i + 1);
    }
    const row = db.select().from(reminders).all().find((r) => r.anchor === "2026-11-01#1")!;
    expect(row).toMatchObject({ status: "failed", attempts: 6 });
  });

  it("delivers once after a crash between claiming and recording, when the lease runs out", async () => {
    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    const due = at("2026-11-08T08:00:00Z");
    expect(claimDueReminders(db, due)).toHaveLength(1); // …and the process dies here
    expect((await sweep(due + 60_000)).claimed).toBe(0); // still leased
    expect((await sweep(due + claimLeaseMs + 1)).sent).toBe(1);
    expect((await sweep(due + claimLeaseMs + 120_000)).claimed).toBe(0);
    expect(sink.messages).toHaveLength(1);
  });

  it("sends one message when two sweeps with separate connections run at the same time", async () => {
    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    const other = openDatabase(env.DATABASE_PATH);
    const due = at("2026-11-08T08:00:00Z");
    const [a, b] = await Promise.all([sweep(due, db), sweep(due, other)]);
    expect(a.sent + b.sent).toBe(1);
    expect(sink.messages).toHaveLength(1);
    other.$client.close();
  });

  it("sends nothing for a case confirmed or snoozed before the due time", async () => {
    const { c } = submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    db.update(cases).set({ status: "confirmed" }).where(eq(cases.id, c.id)).run();
    syncReminders(db, c.id, at("2026-11-05T12:00:00Z"));
    expect((await sweep(at("2026-11-08T08:00:00Z"))).messages).toBe(0);

    const { c: snoozed } = submittedCase({ email: "s@example.test", submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    db.update(cases).set({ snoozedUntil: "2026-11-12" }).where(eq(cases.id, snoozed.id)).run();
    syncReminders(db, snoozed.id, at("2026-11-07T12:00:00Z"));
    expect((await sweep(at("2026-11-08T08:00:00Z"))).messages).toBe(0);
    expect((await sweep(at("2026-11-12T08:00:00Z"))).messages).toBe(1);
  });

  it("cancels instead of sending when the case changed after the row was claimed", async () => {
    const { c } = submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    // Confirmed without the reminders being re-synced (as if by another process mid-sweep).
    db.update(cases).set({ status: "confirmed" }).where(eq(cases.id, c.id)).run();
    expect(await sweep(at("2026-11-08T08:00:00Z"))).toMatchObject({ claimed: 1, cancelled: 1, messages: 0 });
  });

  it("puts a claimed reminder back in the queue when the case was snoozed meanwhile", async () => {
    const { c } = submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    // Snoozed by another process without re-syncing, after this row was planned.
    db.update(cases).set({ snoozedUntil: "2026-11-12" }).where(eq(cases.id, c.id)).run();
    expect(await sweep(at("2026-11-08T08:00:00Z"))).toMatchObject({ claimed: 1, deferred: 1, messages: 0 });
    expect((await sweep(at("2026-11-12T08:00:00Z"))).messages).toBe(1);
  });

  it("does not send a second follow-up right after a status change", async () => {
    const { c } = submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    expect((await sweep(at("2026-11-08T08:00:00Z"))).messages).toBe(1);
    for (const status of ["rejected", "submitted"]) {
      db.update(cases).set({ status }).where(eq(cases.id, c.id)).run();
      syncReminders(db, c.id, at("2026-11-08T09:00:00Z"));
    }
    expect((await sweep(at("2026-11-08T10:00:00Z"))).messages).toBe(0);
    expect((await sweep(at("2026-11-15T08:00:00Z"))).messages).toBe(1); // the next weekly one
  });

  it("after missed runs sends the due follow-up once, not one per missed run", async () => {
    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    // Nothing ran for three weeks: all three follow-ups are overdue, only the latest still makes sense.
    expect(await sweep(at("2026-11-23T12:00:00Z"))).toMatchObject({ claimed: 3, cancelled: 2, sent: 1, messages: 1 });
    expect((await sweep(at("2026-11-23T12:01:00Z"))).messages).toBe(0);
    // Three weeks on, the message explains how to complain.
    expect(sink.messages[0]!.text).toContain("Brukerklagenemnda");
    expect(sink.messages[0]!.text).toContain("/en/guides/complaints");
  });

  it("bundles due reminders into one daily digest for users who chose it", async () => {
    const { user } = submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z"), digest: true });
    const stamp = new Date().toISOString();
    const second = db.insert(cases).values({ userId: user.id, provider: "ice", subscriptionType: "prepaid", phoneNumber: "+4741234567", channel: "phone", status: "submitted", submittedOn: "2026-11-01", createdAt: stamp, updatedAt: stamp }).returning().get();
    syncReminders(db, second.id, at("2026-11-01T12:00:00Z"));
    expect(await sweep(at("2026-11-08T08:00:00Z"))).toMatchObject({ sent: 2, messages: 1 });
    expect(sink.messages[0]!.subject).toBe("2 things to do for your cancellations");
    expect(sink.messages[0]!.text).toContain("Telenor");
    expect(sink.messages[0]!.text).toContain("Ice");
  });

  it("reports the last sweep for the health endpoint", async () => {
    await sweep(at("2026-11-08T08:00:00Z"));
    expect(reminderHealth(db).lastSweep).toMatchObject({ startedAt: "2026-11-08T08:00:00.000Z", error: null });
  });
});

describe("the reminder message's plain-text part", () => {
  it("puts each action link on its own line", async () => {
    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    await sweep(at("2026-11-08T08:00:00Z"));
    const text = sink.messages[0]!.text!;
    for (const path of ["/confirm", "/snooze"]) {
      const line = text.split("\n").find((l) => l.includes(path))!;
      expect(line.match(/https?:\/\//g), line).toHaveLength(1);
    }
  });
});
