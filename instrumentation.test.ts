import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

async function startServer(env: Record<string, string | undefined>) {
  vi.resetModules();
  Object.assign(process.env, { NEXT_RUNTIME: "nodejs", REMINDER_SCHEDULER: "off", ...env });
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
  const { register } = await import("./instrumentation");
  return register();
}

describe("server start-up", () => {
  it("refuses to run in production without SMTP, with a message saying what to set", async () => {
    await expect(startServer({ NODE_ENV: "production", SMTP_URL: undefined, AUTH_SECRET: "a-production-secret-0123456789" })).rejects.toThrow(/SMTP_URL is not set/);
  });

  it("refuses to run in production without AUTH_SECRET", async () => {
    await expect(startServer({ NODE_ENV: "production", SMTP_URL: "smtp://127.0.0.1:2525", AUTH_SECRET: undefined })).rejects.toThrow(/AUTH_SECRET is not set/);
  });

  it("starts in development with no configuration and migrates the database", async () => {
    await expect(startServer({ NODE_ENV: "development", SMTP_URL: undefined, AUTH_SECRET: undefined })).resolves.toBeUndefined();
    const { getDb } = await import("@/db/client");
    const tables = getDb().$client.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["user", "case", "case_event", "reminder"]));
  });
});
