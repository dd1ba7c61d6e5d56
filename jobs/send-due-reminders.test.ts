import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as schema from "@/db/schema";
import {
  caseChecklist,
  caseLetters,
  cases,
  jobRuns,
  reminders,
  sessions,
  users,
} from "@/db/schema";
import { checkHealth } from "@/lib/data/health";
import { syncReminders } from "@/lib/data/reminder-sync";
import { closeMail, sendMail } from "@/lib/mail/send-mail";
import { claimLeaseMs, retryDelayMs, retryForMs } from "@/lib/reminders/backoff";
import { migratedDb } from "@/test/database";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import {
  claimDueReminders,
  errorSummary,
  reminderMessageId,
  sweepReminders,
} from "./send-due-reminders";

// The app's own mail module, sending by SMTP to a real server on localhost.
const { smtpPort } = vi.hoisted(() => {
  const smtpPort = 31000 + Math.floor(Math.random() * 20000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  return { smtpPort };
});

let db: ReturnType<typeof migratedDb>;
let sink: SmtpSink;
let smtpDown = false;
beforeAll(async () => {
  db = migratedDb();
  sink = await startSmtpSink({ port: smtpPort, rejectWhile: () => smtpDown });
});
afterAll(async () => {
  closeMail(); // the pooled transport keeps its connections to the sink open
  await sink.close();
});
beforeEach(() => {
  smtpDown = false;
  db.delete(users).run(); // cascades to cases and reminders
  db.delete(jobRuns).run();
  sink.messages.length = 0;
});

const at = (iso: string) => Date.parse(iso);
const openReadonly = () =>
  Object.assign(
    drizzle(new Database(process.env.DATABASE_PATH!, { readonly: true }), { schema }),
    {},
  ) as unknown as typeof db;
const sweep = (now: number, database = db) => sweepReminders({ db: database, send: sendMail, now });

/** A user and a submitted case, with reminders planned as of `now`. */
function submittedCase(opts: {
  email?: string;
  locale?: string;
  timeZone?: string;
  submittedOn: string;
  now: number;
  digest?: boolean;
  nickname?: string;
}) {
  const user = db
    .insert(users)
    .values({
      email: opts.email ?? "reader@example.test",
      locale: opts.locale ?? "en",
      timeZone: opts.timeZone ?? "Europe/Oslo",
      reminderDigest: opts.digest ?? false,
    })
    .returning()
    .get();
  const stamp = new Date(opts.now).toISOString();
  const c = db
    .insert(cases)
    .values({
      userId: user.id,
      provider: "telenor",
      nickname: opts.nickname ?? null,
      subscriptionType: "postpaid",
      phoneNumber: "+4791234567",
      channel: "chat",
      status: "submitted",
      submittedOn: opts.submittedOn,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .returning()
    .get();
  syncReminders(db, c.id, opts.now);
  return { user, c };
}

describe("reminder sweep against a real SMTP server and SQLite file", () => {
  it("sends exactly one message at 09:00 local on the due day, across a DST change, in the user's language", async () => {
    // Submitted 22 March; first follow-up due 29 March, the night Oslo moves to summer time.
    const { user } = submittedCase({
      email: "lin@example.test",
      locale: "zh",
      submittedOn: "2026-03-22",
      now: at("2026-03-22T12:00:00Z"),
    });
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
    const header = (key: string) =>
      (mail.headerLines.find((h) => h.key === key)?.line ?? "").replace(/\r?\n\s+/g, " ");
    expect(header("list-unsubscribe-post")).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
    expect(header("list-unsubscribe")).toMatch(
      /^List-Unsubscribe: <http:\/\/localhost:3000\/api\/unsubscribe\?token=[\w-]+\.[\w-]+>$/,
    );
    expect(mail.text).toContain(`/zh/tracker/`);
    const row = db
      .select()
      .from(reminders)
      .where(eq(reminders.userId, user.id))
      .all()
      .find((r) => r.status === "sent")!;
    expect(row.messageId).toBe(mail.messageId);
  });

  it("names the line by the user's own name for it, beside the operator", async () => {
    submittedCase({
      submittedOn: "2026-11-10",
      now: at("2026-11-10T12:00:00Z"),
      nickname: "Dad’s line",
    });
    expect((await sweep(at("2026-11-17T08:00:00Z"))).messages).toBe(1); // 09:00 in Oslo
    const mail = sink.messages[0]!;
    expect(mail.subject).toBe("No confirmation from Telenor yet? · Dad’s line");
    expect(mail.text).toContain("Line: Dad’s line");
    expect(mail.text).toContain("Ask Telenor in writing");
  });

  it("loses nothing while the SMTP server is down: retried with backoff, delivered once when it is back", async () => {
    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    const due = at("2026-11-08T08:00:00Z");
    smtpDown = true;
    expect(await sweep(due)).toMatchObject({ claimed: 1, retrying: 1, sent: 0 });
    const failedOnce = db
      .select()
      .from(reminders)
      .where(eq(reminders.status, "pending"))
      .all()
      .find((r) => r.attempts === 1)!;
    // The operator's log line: the SMTP answer, never an address.
    expect(failedOnce.lastError).toMatch(/\b4\d\d\b/);
    expect(failedOnce.lastError).not.toContain("@");
    expect(failedOnce.nextAttemptAt).toBe(due + retryDelayMs(1));

    smtpDown = false;
    expect((await sweep(due + retryDelayMs(1) - 1)).claimed).toBe(0); // not before the backoff
    expect((await sweep(due + retryDelayMs(1))).sent).toBe(1);
    expect((await sweep(due + retryDelayMs(1) + 60_000)).claimed).toBe(0);
    expect(sink.messages).toHaveLength(1);
  });

  it("keeps retrying through an outage of days (hourly at most), and only gives up after a week", async () => {
    // The user's own date: no later reminder of the case supersedes it while it is retried (a
    // follow-up would be, by the next one a week later).
    const { c } = submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    db.update(cases)
      .set({ remindOn: "2026-11-08", mutedReminderKinds: ["follow-up"] })
      .where(eq(cases.id, c.id))
      .run();
    syncReminders(db, c.id, at("2026-11-01T12:00:00Z"));
    smtpDown = true;
    const due = at("2026-11-08T08:00:00Z");
    let now = due;
    const row = () =>
      db
        .select()
        .from(reminders)
        .all()
        .find((r) => r.kind === "remind-on" && r.anchor === "2026-11-08")!;
    // Each sweep at the next moment the row may go: its next attempt, or (never at night) the
    // next 09:00 when the day has turned.
    const next = () => Math.max(row().nextAttemptAt ?? 0, row().dueAt);
    while (now - due < 3 * 24 * 3_600_000) {
      await sweep(now);
      now = next();
    }
    expect(row()).toMatchObject({ status: "pending" });
    expect(row().attempts).toBeGreaterThan(40);
    expect(retryDelayMs(row().attempts)).toBe(60 * 60_000);
    // The stored error is for the operator: no addresses.
    expect(row().lastError).toMatch(/451/);
    expect(row().lastError).not.toContain("@");
    // A week past its original due time it has lost its point: failed, and /api/health shows it.
    const weekLater = due + retryForMs + 60 * 60_000;
    await sweep(weekLater);
    expect(row()).toMatchObject({ status: "failed" });
    expect(checkHealth(db, weekLater, 60 * 60_000).reminders.failedLastWeek).toBe(1);
    // Counted for a week from the moment it failed, not from its due date.
    const failedAt = row().firstFailedAt! + retryForMs;
    expect(checkHealth(db, failedAt + 6.9 * 24 * 3_600_000, 0).reminders.failedLastWeek).toBe(1);
    expect(checkHealth(db, failedAt + 7.1 * 24 * 3_600_000, 0).reminders.failedLastWeek).toBe(0);
  }, 60_000);

  it("sends every message with a Message-ID derived from its reminder rows", async () => {
    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    await sweep(at("2026-11-08T08:00:00Z"));
    const row = db
      .select()
      .from(reminders)
      .all()
      .find((r) => r.status === "sent")!;
    expect(sink.messages[0]!.messageId).toBe(reminderMessageId([row]));
    expect(reminderMessageId([{ id: 12 }, { id: 3 }])).toBe("<reminder-3-12@localhost>");
  });

  it("does not send a reminder whose claim another sweep has retaken", async () => {
    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    const due = at("2026-11-08T08:00:00Z");
    const [mine] = claimDueReminders(db, due);
    // This sweep stalls past its lease; another one retakes the row and sends it.
    expect((await sweep(due + claimLeaseMs + 1)).sent).toBe(1);
    expect(
      db
        .update(reminders)
        .set({ claimedAt: due })
        .where(eq(reminders.claimToken, mine!.claimToken!))
        .run().changes,
    ).toBe(0);
    expect(sink.messages).toHaveLength(1);
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

  it("sends nothing for a case confirmed or snoozed before the due time", async () => {
    const { c } = submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    db.update(cases).set({ status: "confirmed" }).where(eq(cases.id, c.id)).run();
    syncReminders(db, c.id, at("2026-11-05T12:00:00Z"));
    expect((await sweep(at("2026-11-08T08:00:00Z"))).messages).toBe(0);

    const { c: snoozed } = submittedCase({
      email: "s@example.test",
      submittedOn: "2026-11-01",
      now: at("2026-11-01T12:00:00Z"),
    });
    db.update(cases).set({ snoozedUntil: "2026-11-12" }).where(eq(cases.id, snoozed.id)).run();
    syncReminders(db, snoozed.id, at("2026-11-07T12:00:00Z"));
    expect((await sweep(at("2026-11-08T08:00:00Z"))).messages).toBe(0);
    expect((await sweep(at("2026-11-12T08:00:00Z"))).messages).toBe(1);
  });

  it("cancels instead of sending when the case changed after the row was claimed", async () => {
    const { c } = submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    // Confirmed without the reminders being re-synced (as if by another process mid-sweep).
    db.update(cases).set({ status: "confirmed" }).where(eq(cases.id, c.id)).run();
    expect(await sweep(at("2026-11-08T08:00:00Z"))).toMatchObject({
      claimed: 1,
      cancelled: 1,
      messages: 0,
    });
  });

  it("a reminder whose re-check fails is retried on its own; the rest of its batch is sent", async () => {
    submittedCase({
      email: "fine@example.test",
      submittedOn: "2026-11-01",
      now: at("2026-11-01T12:00:00Z"),
    });
    const { user } = submittedCase({
      email: "broken@example.test",
      submittedOn: "2026-11-01",
      now: at("2026-11-01T12:00:00Z"),
    });
    // A stored time zone that no longer exists makes the re-check throw.
    db.update(users).set({ timeZone: "Mars/Olympus_Mons" }).where(eq(users.id, user.id)).run();
    expect(await sweep(at("2026-11-08T08:00:00Z"))).toMatchObject({
      claimed: 2,
      messages: 1,
      sent: 1,
      retrying: 1,
    });
    expect(sink.messages.map((m) => m.envelopeTo)).toEqual([["fine@example.test"]]);
    const broken = db
      .select()
      .from(reminders)
      .where(eq(reminders.userId, user.id))
      .all()
      .find((r) => r.attempts > 0)!;
    expect(broken).toMatchObject({ status: "pending", attempts: 1, claimToken: null });
    expect(broken.lastError).toMatch(/time ?zone/i);
  });

  it("puts a claimed reminder back in the queue when the case was snoozed meanwhile", async () => {
    const { c } = submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    // Snoozed by another process without re-syncing, after this row was planned.
    db.update(cases).set({ snoozedUntil: "2026-11-12" }).where(eq(cases.id, c.id)).run();
    expect(await sweep(at("2026-11-08T08:00:00Z"))).toMatchObject({
      claimed: 1,
      deferred: 1,
      messages: 0,
    });
    expect((await sweep(at("2026-11-12T08:00:00Z"))).messages).toBe(1);
  });

  it("does not send a second follow-up right after a status change", async () => {
    const { c } = submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    expect((await sweep(at("2026-11-08T08:00:00Z"))).messages).toBe(1);
    for (const status of ["rejected", "submitted"] as const) {
      db.update(cases).set({ status }).where(eq(cases.id, c.id)).run();
      syncReminders(db, c.id, at("2026-11-08T09:00:00Z"));
    }
    expect((await sweep(at("2026-11-08T10:00:00Z"))).messages).toBe(0);
    expect((await sweep(at("2026-11-15T08:00:00Z"))).messages).toBe(1); // the next weekly one
  });

  it("after missed runs sends the due follow-up once, not one per missed run", async () => {
    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    // Nothing ran for three weeks: all three follow-ups are overdue, only the latest still makes sense.
    expect(await sweep(at("2026-11-23T12:00:00Z"))).toMatchObject({
      claimed: 3,
      cancelled: 2,
      sent: 1,
      messages: 1,
    });
    expect((await sweep(at("2026-11-23T12:01:00Z"))).messages).toBe(0);
    // Three weeks on, the message explains how to complain.
    expect(sink.messages[0]!.text).toContain("Brukerklagenemnda");
    expect(sink.messages[0]!.text).toContain("/en/guides/complaints");
  });

  it("bundles due reminders into one daily digest for users who chose it", async () => {
    const { user } = submittedCase({
      submittedOn: "2026-11-01",
      now: at("2026-11-01T12:00:00Z"),
      digest: true,
    });
    const stamp = new Date().toISOString();
    const second = db
      .insert(cases)
      .values({
        userId: user.id,
        provider: "ice",
        subscriptionType: "prepaid",
        phoneNumber: "+4741234567",
        channel: "phone",
        status: "submitted",
        submittedOn: "2026-11-01",
        createdAt: stamp,
        updatedAt: stamp,
      })
      .returning()
      .get();
    syncReminders(db, second.id, at("2026-11-01T12:00:00Z"));
    expect(await sweep(at("2026-11-08T08:00:00Z"))).toMatchObject({ sent: 2, messages: 1 });
    expect(sink.messages[0]!.subject).toBe("2 things to do for your cancellations");
    expect(sink.messages[0]!.text).toContain("Telenor");
    expect(sink.messages[0]!.text).toContain("Ice");
  });

  it("prunes what would grow forever: old job runs, expired sessions, old sign-in attempts", async () => {
    const { user } = submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    db.insert(jobRuns)
      .values({
        job: "reminders",
        startedAt: at("2026-10-01T00:00:00Z"),
        finishedAt: at("2026-10-01T00:00:01Z"),
      })
      .run();
    db.insert(sessions)
      .values([
        { sessionToken: "old", userId: user.id, expires: new Date(at("2026-11-07T00:00:00Z")) },
        { sessionToken: "live", userId: user.id, expires: new Date(at("2026-12-01T00:00:00Z")) },
      ])
      .run();
    await sweep(at("2026-11-08T08:00:00Z"));
    expect(
      db
        .select()
        .from(jobRuns)
        .all()
        .map((r) => r.startedAt),
    ).toEqual([at("2026-11-08T08:00:00Z")]);
    expect(
      db
        .select()
        .from(sessions)
        .all()
        .map((s) => s.sessionToken),
    ).toEqual(["live"]);
  });
});

describe("health", () => {
  it("is ok after a fresh successful sweep, stale without one, and delayed reminders make it unhealthy", async () => {
    const now = at("2026-11-08T08:00:00Z");
    expect(checkHealth(db, now, 10 * 60_000).problems).toContain("sweep-stale");
    await sweep(now);
    expect(checkHealth(db, now + 60_000, 10 * 60_000)).toMatchObject({
      ok: true,
      problems: [],
      database: { writable: true },
    });
    expect(checkHealth(db, now + 11 * 60_000, 10 * 60_000).problems).toEqual(["sweep-stale"]);

    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    smtpDown = true;
    let t = now;
    while (t - now < 7 * 3_600_000) {
      await sweep(t);
      const row = db
        .select()
        .from(reminders)
        .all()
        .find((r) => r.status === "pending" && r.attempts > 0)!;
      t = Math.max(row.nextAttemptAt!, row.dueAt);
    }
    const report = checkHealth(db, t, 2 * 3_600_000); // the last sweep was up to an hour ago
    expect(report.problems).toEqual(["reminders-delayed"]);
    expect(report.reminders).toMatchObject({ delayed: 1, oldestDelayedHours: 7 });
  }, 30_000);

  it("sees a database that refuses writes", () => {
    const readonly = openReadonly();
    expect(checkHealth(readonly, Date.now(), 60_000)).toMatchObject({
      ok: false,
      database: { writable: false, error: "SQLITE_READONLY" },
    });
    readonly.$client.close();
  });

  it("summarises errors for the operator without addresses or numbers", () => {
    const error = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <lin@example.test>: Recipient address rejected; sms +47 912 34 567",
      ),
      { responseCode: 550 },
    );
    expect(errorSummary(error)).toBe(
      "550: Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: Recipient address rejected; sms [number]",
    );
  });

  it("scrubs phone numbers however they are grouped, and keeps SMTP codes and hosts", () => {
    expect(
      errorSummary(new Error("to 412-34-567 or 91.23.45.67 via 127.0.0.1:2525, 451 4.3.0")),
    ).toBe("to [number] or [number] via 127.0.0.1:2525, 451 4.3.0");
  });
});

describe("the reminder message's plain-text part", () => {
  it("puts each action link on its own line", async () => {
    submittedCase({ submittedOn: "2026-11-01", now: at("2026-11-01T12:00:00Z") });
    await sweep(at("2026-11-08T08:00:00Z"));
    const text = sink.messages[0]!.text!;
    for (const path of ["/confirm", "/snooze", "/letters/new/chase"]) {
      const line = text.split("\n").find((l) => l.includes(path))!;
      expect(line.match(/https?:\/\//g), line).toHaveLength(1);
    }
  });

  it("after a chase, points to the complaint letter instead", async () => {
    const { c } = submittedCase({
      email: "chaser@example.test",
      submittedOn: "2026-11-01",
      now: at("2026-11-01T12:00:00Z"),
    });
    db.insert(caseLetters)
      .values({
        caseId: c.id,
        kind: "chase",
        templateVersion: 1,
        subject: { nb: "Purring", en: "Chase" },
        paragraphs: [],
        preparedAt: "2026-11-09T10:00:00.000Z",
        sentOn: "2026-11-09",
      })
      .run();
    syncReminders(db, c.id, at("2026-11-09T12:00:00Z"));
    const before = sink.messages.length;
    await sweep(at("2026-11-16T08:00:00Z")); // the chase's seven days are up
    const text = sink.messages
      .slice(before)
      .find((m) => m.envelopeTo.includes("chaser@example.test"))!.text!;
    expect(text).toContain("/letters/new/operator-complaint");
    expect(text).not.toContain("/letters/new/chase");
  });
});

describe("every kind of reminder, rendered and sent in each language", () => {
  /** A case in a given state, its reminders planned as of `now`. */
  function caseFor(userId: string, values: Partial<typeof cases.$inferInsert>, now: number) {
    const stamp = new Date(now).toISOString();
    const c = db
      .insert(cases)
      .values({
        userId,
        provider: "telenor",
        subscriptionType: "prepaid",
        phoneNumber: "+4791234567",
        channel: "chat",
        status: "confirmed",
        createdAt: stamp,
        updatedAt: stamp,
        ...values,
      })
      .returning()
      .get();
    syncReminders(db, c.id, now);
    return c;
  }
  const planned = at("2026-11-20T12:00:00Z");
  const due = at("2026-11-28T08:00:00Z"); // 09:00 in Oslo on 28 November
  const expected = {
    en: {
      beforeEnd: "Telenor ends in 3 days: move what depends on the number",
      finalBill: "Check your final bill from Telenor",
      remindOn: "Your reminder about Telenor",
      digest: "4 things to do for your cancellations",
      item: "Move Vipps to a number you keep (Vipps needs a Norwegian number)",
      correct: "The bill is correct",
      why: "Why now:",
    },
    zh: {
      beforeEnd: "Telenor 套餐 3 天后终止：请尽快把绑定在这个号码上的账户换掉",
      finalBill: "请核对 Telenor 的最终账单",
      remindOn: "关于 Telenor 的提醒",
      digest: "你的注销事项有 4 件需要处理",
      item: "把 Vipps 换到你会保留的号码（Vipps 只认挪威号码）",
      correct: "账单无误",
      why: "为什么现在提醒",
    },
  } as const;

  for (const locale of ["en", "zh"] as const) {
    it(`${locale}: before the end (only the open number items), final bill (two answers), own date, and a digest of all four`, async () => {
      const e = expected[locale];
      const setUp = (email: string, digest: boolean) => {
        const user = db
          .insert(users)
          .values({ email, locale, reminderDigest: digest })
          .returning()
          .get();
        const beforeEnd = caseFor(
          user.id,
          { submittedOn: "2026-11-10", confirmedOn: "2026-11-11", endsOn: "2026-12-01" },
          planned,
        );
        db.insert(caseChecklist)
          .values({ caseId: beforeEnd.id, itemKey: "bankid-bank-number", doneOn: "2026-11-20" })
          .run();
        syncReminders(db, beforeEnd.id, planned);
        caseFor(
          user.id,
          {
            submittedOn: "2026-10-01",
            confirmedOn: "2026-10-02",
            endsOn: "2026-11-14",
            channel: "porting",
          },
          planned,
        );
        caseFor(user.id, { status: "planned", remindOn: "2026-11-28" }, planned);
        caseFor(user.id, { status: "submitted", submittedOn: "2026-11-21" }, planned);
        return user;
      };
      setUp(`single-${locale}@example.test`, false);
      setUp(`digest-${locale}@example.test`, true);
      expect(await sweep(due)).toMatchObject({ sent: 8, messages: 5, retrying: 0 });

      const to = (address: string) => sink.messages.filter((m) => m.envelopeTo.includes(address));
      const single = to(`single-${locale}@example.test`);
      const bySubject = (s: string) => single.find((m) => m.subject === s)!;
      const beforeEnd = bySubject(e.beforeEnd);
      expect(beforeEnd.text).toContain(e.item);
      expect(beforeEnd.text).not.toMatch(/BankID/); // ticked already: not listed
      expect(beforeEnd.text).toContain(e.why);
      expect(beforeEnd.html).toContain(`lang="${locale === "zh" ? "zh-Hans" : "en"}"`);
      const finalBill = bySubject(e.finalBill);
      expect(finalBill.text).toContain(e.correct);
      expect(finalBill.text).toMatch(/\/final-bill\?outcome=correct/);
      expect(finalBill.text).toMatch(/\/final-bill\?outcome=disputed/);
      expect(finalBill.text).toContain("inkasso".slice(0, locale === "zh" ? 7 : 0));
      expect(bySubject(e.remindOn).text).toContain(e.why);
      expect(single).toHaveLength(4);

      const [digest] = to(`digest-${locale}@example.test`);
      expect(digest!.subject).toBe(e.digest);
      expect(digest!.text).toContain(e.item);
      expect(digest!.text).toMatch(/\/final-bill\?outcome=correct/);
      expect(digest!.text).toMatch(/\/confirm/);
    });
  }

  const leaving = {
    en: {
      sendBy: "Send your cancellation to Telenor by",
      doneBy: "3 days to your done-by date for Telenor: move what depends on the number",
      body: "by December 10, 2026 (your done-by or leaving date)",
      why: "Why now: your done-by date is close",
    },
    zh: {
      sendBy: "前向 Telenor 发出注销申请",
      doneBy: "离你为 Telenor 定的完成期限还有 3 天：请转移依赖这个号码的事项",
      body: "（你的完成期限或离境日期）",
      why: "为什么现在提醒：你定的完成期限快到了",
    },
  } as const;
  for (const locale of ["en", "zh"] as const) {
    it(`${locale}: a user leaving Norway gets "send it by" for a planned case, then "before your done-by date"`, async () => {
      const user = db
        .insert(users)
        .values({ email: `leaver-${locale}@example.test`, locale, leavingOn: "2026-12-10" })
        .returning()
        .get();
      // Notice to the end of the month: sent by 30 November, it ends 30 November.
      const c = caseFor(
        user.id,
        { status: "planned", noticeRule: "end-of-current-month" },
        at("2026-11-20T12:00:00Z"),
      );
      expect(await sweep(at("2026-11-23T08:00:00Z"))).toMatchObject({ sent: 1 });
      const [sendBy] = sink.messages;
      expect(sendBy!.subject).toContain(leaving[locale].sendBy);
      expect(sendBy!.subject).toMatch(/30/);
      expect(sendBy!.text).toContain(`/tracker/${c.id}`);
      expect(await sweep(at("2026-12-07T08:00:00Z"))).toMatchObject({ sent: 1 });
      const doneBy = sink.messages[1]!;
      expect(doneBy.subject).toBe(leaving[locale].doneBy);
      expect(doneBy.text).toContain(leaving[locale].body);
      expect(doneBy.text).toMatch(/Vipps/);
      expect(doneBy.text).toContain(leaving[locale].why);
      expect(await sweep(at("2026-12-08T08:00:00Z"))).toMatchObject({ sent: 0 });
    });
  }
});
