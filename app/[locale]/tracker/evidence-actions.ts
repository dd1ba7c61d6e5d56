"use server";

import { buttonAction, formAction } from "@/lib/actions/form-action";
import { addEvidence, deleteEvidence } from "@/lib/data/evidence";
import { recordReply } from "@/lib/data/replies";
import { evidenceButtonSchema, evidenceUploadSchema } from "@/lib/validation/evidence";
import type { ErrorCode } from "@/lib/validation/fields";
import { replyFormSchema } from "@/lib/validation/reply";

// Evidence and the operator's answers. Like the case actions: formAction authenticates and
// validates; the bodies only call the data-access layer with the signed-in user's id.

const evidenceSection = (locale: string, caseId: string, saved: string) =>
  `/${locale}/tracker/${caseId}?saved=${saved}#evidence`;

/**
 * The upload form (multipart, with or without JavaScript). All files of one upload are kept or
 * none: a refused file is named next to its field, and the captions and dates stay in the form.
 */
export const addEvidenceAction = formAction("add-evidence", {
  schema: ({ today }) => evidenceUploadSchema({ today }),
  run: async (input, { user, locale }) => {
    const uploads = [];
    for (const { field, file, caption, shownOn } of input.files)
      uploads.push({
        field,
        bytes: new Uint8Array(await file.arrayBuffer()),
        fileName: file.name,
        caption,
        shownOn,
      });
    const result = await addEvidence(user.id, input.caseId, uploads);
    if (result.ok)
      return {
        redirectTo: evidenceSection(
          locale,
          input.caseId,
          result.added === 0 ? "evidence-already-there" : "evidence",
        ),
      };
    if (result.reason === "not-found") return { message: "notFound" };
    if (result.reason === "invalid")
      return {
        message: "fixBelow",
        errors: Object.fromEntries(result.problems.map((p) => [p.field, [p.problem]])),
      };
    if (result.reason === "limit")
      return { message: result.limit === "filesPerCase" ? "tooManyFiles" : "accountFull" };
    return { message: result.storage === "diskFull" ? "diskFull" : "couldNotSave" };
  },
});

export const deleteEvidenceAction = buttonAction("delete-evidence", {
  schema: () => evidenceButtonSchema,
  run: (input, { user, locale }) =>
    deleteEvidence(user.id, input.caseId, input.evidenceId)
      ? { redirectTo: evidenceSection(locale, input.caseId, "evidence-removed") }
      : { message: "notFound" },
});

/** "The operator answered": recorded, and the case moved as the answer says (when it can be). */
export const recordReplyAction = formAction("record-reply", {
  schema: ({ today }) => replyFormSchema({ today }),
  run: (input, { user, locale, today }) => {
    const { caseId, ...reply } = input;
    const result = recordReply(user.id, caseId, reply, today);
    if (result.ok)
      return {
        redirectTo: `/${locale}/tracker/${caseId}?saved=${result.moved ? `reply-${result.moved}` : "reply"}#replies`,
      };
    if (result.reason === "not-found") return { message: "notFound" };
    return {
      message: "fixBelow",
      errors: Object.fromEntries(result.problems.map((p) => [p.field, [p.code as ErrorCode]])),
    };
  },
});
