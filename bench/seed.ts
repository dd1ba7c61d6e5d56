// Seeds a benchmark database: `userCount` users with `casesPerUser` cases each, plus one heavy
// user with `heavyCases` cases and a live session, and one user with no case and a live session
// (the signed-in frame on its own), through the real schema and migrations.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { cases, sessions, users } from "@/db/schema";
import { statuses } from "@/lib/tracker/status";

const providers = ["telenor", "telia", "ice", "talkmore", "onecall", "mycall"] as const;

export type Seeded = {
  heavyUserId: string;
  sessionToken: string;
  /** A session of a user without cases. */
  emptySessionToken: string;
  caseCount: number;
};

export function seedCases(
  db: AppDatabase,
  options: { userCount: number; casesPerUser: number; heavyCases: number },
): Seeded {
  const { userCount, casesPerUser, heavyCases } = options;
  const stamp = new Date().toISOString();
  let caseCount = 0;
  let heavyUserId = "";
  db.transaction((tx) => {
    for (let u = 0; u < userCount; u++) {
      const user = tx
        .insert(users)
        .values({ email: `user${u}@bench.test` })
        .returning({ id: users.id })
        .get();
      const n = u === 0 ? heavyCases : casesPerUser;
      if (u === 0) heavyUserId = user.id;
      for (let start = 0; start < n; start += 500) {
        const rows = Array.from({ length: Math.min(500, n - start) }, (_, i) => {
          const k = start + i;
          const status = statuses[k % statuses.length]!;
          const day = String(1 + (k % 28)).padStart(2, "0");
          return {
            userId: user.id,
            provider: providers[k % providers.length]!,
            subscriptionType: k % 3 === 0 ? "prepaid" : "postpaid",
            phoneNumber: `+479${String(1000000 + k).slice(-7)}`,
            // Some lines named and some notes, for the dashboard's search to find.
            nickname: k % 10 === 0 ? `line ${k}` : null,
            notes: k % 7 === 0 ? `called customer service, reference ${k}` : null,
            channel: "chat",
            status,
            submittedOn: status === "planned" ? null : `2026-10-${day}`,
            confirmedOn: status === "confirmed" || status === "completed" ? `2026-10-${day}` : null,
            endsOn: status === "confirmed" || status === "completed" ? `2026-12-${day}` : null,
            createdAt: stamp,
            updatedAt: stamp,
          };
        });
        tx.insert(cases).values(rows).run();
        caseCount += rows.length;
      }
    }
  });
  const expires = new Date(Date.now() + 24 * 3_600_000);
  const sessionToken = randomUUID();
  db.insert(sessions).values({ sessionToken, userId: heavyUserId, expires }).run();
  db.update(users).set({ name: "Bench" }).where(eq(users.id, heavyUserId)).run();
  const emptyUser = db
    .insert(users)
    .values({ email: "no-cases@bench.test" })
    .returning({ id: users.id })
    .get();
  const emptySessionToken = randomUUID();
  db.insert(sessions)
    .values({ sessionToken: emptySessionToken, userId: emptyUser.id, expires })
    .run();
  return { heavyUserId, sessionToken, emptySessionToken, caseCount };
}
