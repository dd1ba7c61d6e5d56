import { z } from "zod";

// The only place that reads process.env for the app's own settings, validated once. Empty
// strings count as unset so `FOO=` in a shell does not switch a feature on.
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/** An http(s) origin, nothing after it: every link the app builds starts with it. */
const origin = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
  .refine((value) => {
    const url = new URL(value);
    return url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  }, "must be an origin only (scheme, host and port; no path, query or credentials)");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /**
     * The public origin: canonical URLs, every link in e-mails, Auth.js callbacks. Required in
     * production (and at build time, which bakes it into prerendered pages); local default otherwise.
     */
    SITE_URL: z.preprocess(emptyAsUndefined, origin.optional()),
    /**
     * How many reverse proxies in front of the server append to X-Forwarded-For (and set
     * X-Forwarded-Host/Proto). 0: none, the client is the socket's peer and forwarded headers from
     * the client are ignored.
     */
    TRUSTED_PROXIES: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(0).max(10).default(0),
    ),
    /** Where `npm start` listens. */
    PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
    HOST: z.preprocess(emptyAsUndefined, z.string().optional()),
    DATABASE_PATH: z.preprocess(emptyAsUndefined, z.string().default("data/app.db")),
    /**
     * Where the files of evidence live (outside the web root; never served by path). Unset: an
     * `evidence` folder beside the database file, so one data folder holds everything.
     */
    EVIDENCE_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
    /**
     * Free space (MB) an evidence upload must leave on its disk; below it the upload is refused
     * as "no room" and the database keeps room to write.
     */
    EVIDENCE_MIN_FREE_MB: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(0).max(1_000_000).default(256),
    ),
    SMTP_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
        .optional(),
    ),
    MAIL_FROM: z.preprocess(
      emptyAsUndefined,
      z.string().default("Si opp <no-reply@si-opp.localhost>"),
    ),
    /**
     * How long one SMTP step (connect, TLS handshake, greeting) may take; a whole send is bounded by
     * a few of these, well inside the reminder claim's 10-minute lease.
     */
    SMTP_TIMEOUT_SECONDS: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(1).max(120).default(30),
    ),
    /** Signs session cookies and unsubscribe links. Required in production; a fixed dev value otherwise. */
    AUTH_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(16, "must be at least 16 characters").optional(),
    ),
    /** "off" when an external cron runs `npm run reminders` instead of the in-process scheduler. */
    REMINDER_SCHEDULER: z.preprocess(emptyAsUndefined, z.enum(["on", "off"]).default("on")),
    OUTBOX_DIR: z.preprocess(emptyAsUndefined, z.string().default("data/outbox")),
    /** /api/health reports a problem when the last successful reminder sweep is older than this. */
    REMINDER_MAX_SWEEP_AGE_MINUTES: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(1).max(1440).default(10),
    ),
    /** Unlocks /api/health's details (`Authorization: Bearer …`); without it, only ok/unhealthy. */
    HEALTH_TOKEN: z.preprocess(
      emptyAsUndefined,
      z.string().min(16, "must be at least 16 characters").optional(),
    ),
    /**
     * Tests only: pins the app's clock (lib/clock.ts) to this instant, so time-dependent behaviour
     * is the same at any hour. Production refuses to start with it.
     */
    TEST_NOW: z.preprocess(emptyAsUndefined, z.iso.datetime({ offset: true }).optional()),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !value.SITE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["SITE_URL"],
        message: "is required in production: the public origin, e.g. https://si-opp.example",
      });
    }
    if (value.NODE_ENV === "production" && value.TEST_NOW) {
      ctx.addIssue({
        code: "custom",
        path: ["TEST_NOW"],
        message: "is for tests only and must not be set in production",
      });
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
  if (env.NODE_ENV === "production")
    throw new Error(
      "AUTH_SECRET is not set: production needs a long random value (openssl rand -base64 33).",
    );
  return devOnlySecret;
}

/**
 * The SITE_URL the production build was made with (inlined by next.config.ts at build time;
 * undefined outside Next's bundles). Prerendered pages carry it in canonical and hreflang links.
 */
export const builtForSiteUrl: string | undefined =
  process.env.SI_OPP_BUILT_FOR_SITE_URL || undefined;
