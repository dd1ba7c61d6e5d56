import { env } from "@/core/env";

/**
 * The public origin, used for canonical and hreflang URLs, every link in e-mails and Auth.js's
 * own URLs; never the Host or X-Forwarded-Host of a request. Production requires SITE_URL (see
 * core/env.ts); locally it is the dev server, so a fresh clone needs no configuration.
 */
export const siteUrl = new URL(env.SITE_URL ?? "http://localhost:3000");
