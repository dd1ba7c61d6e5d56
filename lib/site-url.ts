import { z } from "zod";

/**
 * The public origin, used for canonical and hreflang URLs. Defaults to the local dev server so
 * a fresh clone needs no configuration.
 */
export const siteUrl = new URL(
  z.url().default("http://localhost:3000").parse(process.env.SITE_URL || undefined),
);
