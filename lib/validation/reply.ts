import { z } from "zod";
import { replyChannels, replyOutcomes } from "@/core/vocabulary";
import type { IsoDate } from "@/lib/tracker/dates";
import { caseIdField, textLimits } from "./case";
import { always, optionalDate, optionalText } from "./fields";

/** How long a pasted answer may be: a long e-mail fits; a mailbox does not. */
export const replyTextLimit = 10_000;

/**
 * "The operator answered": when (required, not in the future), how, what it said, its reference
 * (kept only with a confirmation), the text as pasted, and optionally one of the case's files.
 */
export function replyFormSchema(options: { today: IsoDate }) {
  return z
    .object({
      caseId: caseIdField,
      receivedOn: optionalDate,
      channel: z.enum(replyChannels, { error: "invalidChoice" }),
      outcome: z.enum(replyOutcomes, { error: "chooseOne" }),
      reference: optionalText(textLimits.confirmationReference),
      text: optionalText(replyTextLimit),
      evidenceId: z.preprocess(
        (v) => (v === "" ? undefined : v),
        z.uuid({ error: "invalidChoice" }).optional(),
      ),
    })
    .superRefine((value, ctx) => {
      if (!value.receivedOn)
        ctx.addIssue({ code: "custom", path: ["receivedOn"], message: "required" });
      else if (value.receivedOn > options.today)
        ctx.addIssue({ code: "custom", path: ["receivedOn"], message: "futureDate" });
    }, always)
    .transform((value) => ({
      ...value,
      receivedOn: value.receivedOn as IsoDate,
      reference: value.outcome === "confirmed" ? value.reference : undefined,
    }));
}
export type ReplyInput = z.output<ReturnType<typeof replyFormSchema>>;
