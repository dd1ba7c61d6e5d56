import { z } from "zod";
import { caseSorts, caseViews } from "@/lib/tracker/case-list";
import { maxQueryLength } from "@/lib/tracker/case-search";
import { statuses } from "@/lib/tracker/status";

/** A search parameter as Next gives it: one value, several (`?q=a&q=b`), or none. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const param = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema);

/**
 * The dashboard's URL (`?q=&view=&status=&operator=&sort=&page=`), validated once. A URL is
 * something anyone can type or bookmark, so nothing in it is an error: a value we do not know
 * falls back to the default instead of failing the page.
 */
export const caseListQuerySchema = z.object({
  q: param(
    z
      .string()
      .transform((q) => q.trim().slice(0, maxQueryLength))
      .optional(),
  ).catch(undefined),
  view: param(z.enum(caseViews)).catch("all"),
  sort: param(z.enum(caseSorts)).catch("urgency"),
  status: param(z.enum(statuses).optional()).catch(undefined),
  operator: param(
    z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/)
      .optional(),
  ).catch(undefined),
  page: param(z.coerce.number().int().min(1).max(10_000)).catch(1),
});
export type CaseListQuery = z.output<typeof caseListQuerySchema>;

/**
 * The dashboard's bulk form: the ticked cases (none is not an error here: the dashboard says
 * "tick one first") and the dashboard's query to go back to.
 */
export const bulkCasesSchema = z.object({
  caseId: z.array(z.string().min(1).max(64), { error: "invalid" }).max(200, "invalid"),
  back: z.string().max(2_000, "invalid").default(""),
});
