import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { createUser, migratedDb } from "@/test/database";
import { emailOfSessionToken } from "./session";
import { sessionAndUserOf } from "./session-lookup";

let db: ReturnType<typeof migratedDb>;
beforeAll(() => {
  db = migratedDb();
});

describe("the session lookup every signed-in request makes (real SQLite file)", () => {
  it("reads what Auth.js's own Drizzle adapter reads, for a live, an expired and an unknown token", async () => {
    const base = DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    });
    const ada = createUser("ada@example.test", { name: "Ada", locale: "zh" });
    const live = new Date("2030-01-01T00:00:00Z");
    const expired = new Date("2020-01-01T00:00:00Z");
    db.insert(sessions)
      .values([
        { sessionToken: "live-token", userId: ada, expires: live },
        { sessionToken: "old-token", userId: ada, expires: expired },
      ])
      .run();
    for (const token of ["live-token", "old-token", "no-such-token"]) {
      expect([token, sessionAndUserOf(token)]).toEqual([
        token,
        await base.getSessionAndUser!(token),
      ]);
    }
    expect(sessionAndUserOf("live-token")?.user).toMatchObject({
      id: ada,
      email: "ada@example.test",
    });
    expect(emailOfSessionToken("live-token", Date.parse("2026-12-01T00:00:00Z"))).toBe(
      "ada@example.test",
    );
    expect(emailOfSessionToken("old-token", Date.parse("2026-12-01T00:00:00Z"))).toBeNull();
    expect(emailOfSessionToken(undefined)).toBeNull();
  });

  it("sees a session signed out after its statement was made", () => {
    const bea = createUser("bea@example.test");
    db.insert(sessions)
      .values({ sessionToken: "bea-token", userId: bea, expires: new Date("2030-01-01") })
      .run();
    expect(sessionAndUserOf("bea-token")?.user.id).toBe(bea);
    db.delete(sessions).where(eq(sessions.sessionToken, "bea-token")).run();
    expect(sessionAndUserOf("bea-token")).toBeNull();
  });
});
