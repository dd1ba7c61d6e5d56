// `npm run bench`: speed and memory of the two hot paths, each as a ratio against a baseline
// measured in the same run on the same machine (absolute times on a shared 2-core VM mean little).
//
// 1. Search: a query against the MiniSearch index vs. a plain lowercase substring scan of the
//    same documents (the cheapest possible search). Also the index's heap cost vs. the raw text.
// 2. Reminder sweep: sending N due reminders through claim → re-check → render → SMTP → record,
//    vs. sending N pre-rendered messages straight to the same SMTP server (the floor).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "si-opp-bench-"));
process.env.DATABASE_PATH = path.join(dir, "bench.db");
process.env.REMINDER_SCHEDULER = "off";
const { startSmtpSink } = await import("@/test/smtp-sink");
const sink = await startSmtpSink();
process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;

const { readGuides } = await import("@/lib/content/read-guides");
const { readOperators } = await import("@/lib/content/read-operators");
const { operatorSections } = await import("@/lib/content/operator-schema");
type OperatorSection = (typeof operatorSections)[number];
const { guideDocuments, operatorDocuments } = await import("@/lib/search/documents");
const { buildSearchIndex, search } = await import("@/lib/search/search-index");
const { getDb } = await import("@/db/client");
const { migrateDatabase } = await import("@/db/migrate");
const { cases, users } = await import("@/db/schema");
const { syncReminders } = await import("@/lib/data/reminder-sync");
const { sweepReminders } = await import("@/jobs/send-due-reminders");
const { sendMail } = await import("@/lib/mail/send-mail");

function time(fn: () => void, rounds: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / rounds;
}
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

// ---- 1. Search -------------------------------------------------------------------------------
const { operators, common } = await readOperators();
const documents = [
  ...guideDocuments("zh", await readGuides("zh")),
  ...operatorDocuments("zh", operators, common, { title: (n) => n, headings: Object.fromEntries(operatorSections.map((s) => [s, s])) as Record<OperatorSection, string> }),
];
const queries = ["携号转网", "telenor", "分期付款", "bankid", "投诉", "预付费卡余额"];
const haystacks = documents.map((d) => `${d.title} ${d.summary} ${d.section} ${d.body}`.toLowerCase());
const scan = () => queries.forEach((q) => haystacks.filter((h) => h.includes(q.toLowerCase())));
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const index = buildSearchIndex(documents);
global.gc?.();
const indexHeap = process.memoryUsage().heapUsed - heapBefore;
const indexed = () => queries.forEach((q) => search(index, q));
time(scan, 50);
time(indexed, 50); // warm up
const scanMs = time(scan, 500);
const searchMs = time(indexed, 500);
const rawText = haystacks.reduce((n, h) => n + h.length * 2, 0);
console.log(`search: ${queries.length} queries over ${documents.length} documents`);
console.log(`  baseline substring scan ${fmt(scanMs)}, MiniSearch ${fmt(searchMs)} → ratio ${(searchMs / scanMs).toFixed(2)}`);
console.log(`  index heap ≈ ${(indexHeap / 1024).toFixed(0)} KiB for ${(rawText / 1024).toFixed(0)} KiB of text → ratio ${(indexHeap / rawText).toFixed(2)}${global.gc ? "" : " (run node with --expose-gc for a steadier figure)"}`);

// ---- 2. Reminder sweep -----------------------------------------------------------------------
const db = getDb();
migrateDatabase(db);
const n = 200;
const now = Date.parse("2026-11-08T08:00:00Z");
for (let i = 0; i < n; i++) {
  const user = db.insert(users).values({ email: `u${i}@bench.test` }).returning().get();
  const stamp = new Date(now).toISOString();
  const c = db.insert(cases).values({ userId: user.id, provider: "telenor", subscriptionType: "postpaid", phoneNumber: "+4791234567", channel: "chat", status: "submitted", submittedOn: "2026-11-01", createdAt: stamp, updatedAt: stamp }).returning().get();
  syncReminders(db, c.id, Date.parse("2026-11-01T12:00:00Z"));
}
const message = { to: { address: "floor@bench.test" }, subject: "Floor", text: "x".repeat(1500), html: `<p>${"x".repeat(3000)}</p>` };
let start = performance.now();
for (let i = 0; i < n; i++) await sendMail(message);
const floorMs = performance.now() - start;
start = performance.now();
const counts = await sweepReminders({ db, send: sendMail, now, batchSize: n });
const sweepMs = performance.now() - start;
console.log(`reminder sweep: ${counts.sent} reminders (${counts.messages} messages)`);
console.log(`  baseline raw SMTP sends ${fmt(floorMs / n)}/message, sweep ${fmt(sweepMs / n)}/reminder → ratio ${(sweepMs / floorMs).toFixed(2)}`);

await sink.close();
db.$client.close();
