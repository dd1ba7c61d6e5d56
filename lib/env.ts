import { z } from "zod";

// The only place that reads process.env for the app's own settings, validated once. Empty
// strings count as unset so `FOO=` in a shell does not switch a feature on.
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** The public origin: canonical URLs, links in e-mails, Auth.js callbacks. */
  SITE_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
  DATABASE_PATH: z.preprocess(emptyAsUndefined, z.string().default("data/app.db")),
  SMTP_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional()),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("Si opp <no-reply@si-opp.localhost>")),
  /** Signs session cookies and unsubscribe links. Required in production; a fixed dev value otherwise. */
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16, "must be at least 16 characters").optional()),
  /** "off" when an external cron runs `npm run reminders` instead of the in-process scheduler. */
  REMINDER_SCHEDULER: z.preprocess(emptyAsUndefined, z.enum(["on", "off"]).default("on")),
  OUTBOX_DIR: z.preprocess(emptyAsUndefined, z.string().default("data/outbox")),
  /**
   * Tests only: pins the app's clock (lib/clock.ts) to this instant, so time-dependent behaviour
   * is the same at any hour. Production refuses to start with it.
   */
  TEST_NOW: z.preprocess(emptyAsUndefined, z.iso.datetime({ offset: true }).optional()),
}).superRefine((value, ctx) => {
  if (value.NODE_ENV === "production" && value.TEST_NOW) {
    ctx.addIssue({ code: "custom", path: ["TEST_NOW"], message: "is for tests only and must not be set in production" });
  }
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return result.data;
}

export const env = readEnv();

const devOnlySecret = "si-opp-development-secret-not-for-production";

/** The secret to sign with; production without AUTH_SECRET is refused at start-up instead. */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new Error("AUTH_SECRET is not set: production needs a long random value (openssl rand -base64 33).");
  return devOnlySecret;
}
