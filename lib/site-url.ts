import { env } from "@/lib/env";

/**
 * The public origin, used for canonical and hreflang URLs and links in e-mails. Defaults to the
 * local dev server so a fresh clone needs no configuration.
 */
export const siteUrl = new URL(env.SITE_URL);
