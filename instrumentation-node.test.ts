import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("si-opp.production-server")];
  vi.resetModules();
});

const production = {
  NODE_ENV: "production",
  SITE_URL: "https://si-opp.example",
  SMTP_URL: "smtp://127.0.0.1:2525",
  AUTH_SECRET: "a-production-secret-0123456789",
};

/** instrumentation.ts as the production server (server/main.ts) runs it. */
async function startServer(env: Record<string, string | undefined>) {
  vi.resetModules();
  void (await import("@/lib/production-server")).awaitStartUp();
  Object.assign(process.env, { NEXT_RUNTIME: "nodejs", REMINDER_SCHEDULER: "off", ...env });
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
  const { startUp } = await import("./instrumentation-node");
  return startUp();
}

describe("server start-up", () => {
  it("refuses to run in production without SMTP, with a message saying what to set", async () => {
    await expect(startServer({ ...production, SMTP_URL: undefined })).rejects.toThrow(
      /SMTP_URL is not set/,
    );
  });

  it("refuses to run in production without AUTH_SECRET", async () => {
    await expect(startServer({ ...production, AUTH_SECRET: undefined })).rejects.toThrow(
      /AUTH_SECRET is not set/,
    );
  });

  it("refuses to run in production without SITE_URL, or with a test clock", async () => {
    await expect(startServer({ ...production, SITE_URL: undefined })).rejects.toThrow(
      /SITE_URL: is required in production/,
    );
    await expect(
      startServer({ ...production, SITE_URL: "https://si-opp.example/app" }),
    ).rejects.toThrow(/SITE_URL: must be an origin only/);
    await expect(startServer({ ...production, TEST_NOW: "2026-11-26T01:30:00Z" })).rejects.toThrow(
      /TEST_NOW: is for tests only/,
    );
  });

  it("refuses `next start`: production runs behind server/main.ts", async () => {
    vi.resetModules();
    Object.assign(process.env, {
      NEXT_RUNTIME: "nodejs",
      REMINDER_SCHEDULER: "off",
      ...production,
    });
    const { startUp } = await import("./instrumentation-node");
    await expect(startUp()).rejects.toThrow(/npm start/);
  });

  it("starts in development with no configuration and migrates the database", async () => {
    await expect(
      startServer({ NODE_ENV: "development", SMTP_URL: undefined, AUTH_SECRET: undefined }),
    ).resolves.toBeUndefined();
    const { getDb } = await import("@/db/client");
    const tables = getDb()
      .$client.prepare("select name from sqlite_master where type = 'table'")
      .all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["user", "case", "case_event", "reminder"]),
    );
  });
});
