import { z } from "zod";
import { evidenceLimits } from "@/lib/evidence/limits";
import type { IsoDate } from "@/lib/tracker/dates";
import { caseIdField } from "./case";
import { always, optionalDate, optionalText } from "./fields";

/** The upload form's rows: `file-0`, `caption-0`, `shownOn-0`, … one per file. */
export const uploadRows = Array.from({ length: evidenceLimits.filesPerUpload }, (_, i) => i);

/**
 * A file input left empty arrives as an empty file without a name, or from a script not at all.
 * Without a name means "" as sent, or what the action's form parser makes of a missing filename
 * (React appends it with `filename` undefined, which Node's FormData names "undefined"; "blob"
 * elsewhere). A real empty file keeps its name and is refused as empty (lib/evidence/prepare.ts).
 */
const unnamed = new Set(["", "blob", "undefined"]);
const optionalFile = z.preprocess(
  (v) => (v instanceof File && v.size === 0 && unnamed.has(v.name) ? undefined : v),
  z.instanceof(File, { error: "invalid" }).optional(),
);

/**
 * The evidence upload form, checked at the boundary: at least one file, captions and dates only
 * beside a file, no date in the future. What a file is (and whether it is too large) is decided
 * by lib/evidence/prepare.ts from its bytes.
 */
export function evidenceUploadSchema(options: { today: IsoDate }) {
  const row = (i: number) => ({
    [`file-${i}`]: optionalFile,
    [`caption-${i}`]: optionalText(evidenceLimits.caption),
    [`shownOn-${i}`]: optionalDate,
  });
  return z
    .object({ caseId: caseIdField, ...Object.assign({}, ...uploadRows.map(row)) })
    .superRefine((value, ctx) => {
      const v = value as Record<string, unknown>;
      let files = 0;
      for (const i of uploadRows) {
        const file = v[`file-${i}`];
        if (file) files++;
        if (!file && (v[`caption-${i}`] || v[`shownOn-${i}`]))
          ctx.addIssue({ code: "custom", path: [`file-${i}`], message: "chooseFile" });
        const shownOn = v[`shownOn-${i}`];
        if (typeof shownOn === "string" && shownOn > options.today)
          ctx.addIssue({ code: "custom", path: [`shownOn-${i}`], message: "futureDate" });
      }
      if (files === 0) ctx.addIssue({ code: "custom", path: ["file-0"], message: "chooseFile" });
    }, always)
    .transform((value) => {
      const v = value as Record<string, unknown>;
      return {
        caseId: value.caseId as string,
        files: uploadRows.flatMap((i) => {
          const file = v[`file-${i}`];
          if (!(file instanceof File)) return [];
          return [
            {
              field: `file-${i}`,
              file,
              caption: v[`caption-${i}`] as string | undefined,
              shownOn: v[`shownOn-${i}`] as IsoDate | undefined,
            },
          ];
        }),
      };
    });
}

/** Removing one file from a case. */
export const evidenceButtonSchema = z.object({
  caseId: caseIdField,
  evidenceId: z.uuid({ error: "invalid" }),
});
