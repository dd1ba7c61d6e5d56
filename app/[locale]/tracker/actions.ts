"use server";

import { asForm, buttonAction, formAction, localeOf } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth";
import { getOperatorData } from "@/lib/content/operators";
import {
  changeStatus,
  createCase,
  deleteCase,
  formValuesOf,
  markFinalBillsChecked,
  recordFinalBill,
  setChecklistItem,
  setReminderOverrides,
  snoozeCase,
  updateCase,
} from "@/lib/data/cases";
import { snoozeDays } from "@/lib/reminders/kinds";
import { addDays, type IsoDate } from "@/lib/tracker/dates";
import {
  caseButtonSchema,
  caseFormSchema,
  checklistTickSchema,
  editCaseSchema,
  finalBillSchema,
  reminderOverridesSchema,
  statusChangeSchema,
} from "@/lib/validation/case";
import { bulkCasesSchema } from "@/lib/validation/case-list";
import { caseListHref, caseListQueryOf } from "./_lib/case-list-url";

// Thin actions: formAction authenticates, validates with zod and answers; each body only calls
// the data-access layer with the signed-in user's id, so an id from the form is never trusted
// alone. Every one of these is a public POST endpoint.

/** What the case form checks the operator against, and the notice rule stored with the case. */
async function providerChoices() {
  const { operators } = await getOperatorData();
  return {
    providerIds: operators.map((o) => o.id),
    noticeRules: Object.fromEntries(
      operators.flatMap((o) => (o.notice ? [[o.id, o.notice.rule] as const] : [])),
    ),
  };
}

const casePath = (locale: string, caseId: string, rest = "") =>
  `/${locale}/tracker/${caseId}${rest}`;

export const createCaseAction = formAction("create-case", {
  schema: async ({ today }) => caseFormSchema({ today, ...(await providerChoices()) }),
  run: (input, { user, locale }) => {
    const created = createCase(user.id, input);
    return { redirectTo: casePath(locale, created.id), revalidate: `/${locale}/tracker` };
  },
});

export const updateCaseAction = formAction("update-case", {
  schema: async ({ today }) => editCaseSchema({ today, ...(await providerChoices()) }),
  run: (input, { user, locale }) => {
    const result = updateCase(user.id, input.caseId, input, {
      openedAt: input.version,
      shown: parseShown(input.base),
    });
    if (result.ok) return { redirectTo: casePath(locale, input.caseId, "?saved=case") };
    if (result.reason === "not-found") return { message: "notFound" };
    // Someone (another tab) changed the case since this form was opened: nothing was written.
    // The form keeps what the user typed and now carries the current version, so saving again
    // after reading the changes overwrites them on purpose.
    return {
      message: "stale",
      changed: result.changed,
      values: {
        version: String(result.current.version),
        base: JSON.stringify(formValuesOf(result.current)),
      },
    };
  },
});

function parseShown(base: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(base);
    if (value && typeof value === "object" && !Array.isArray(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
  } catch {
    // A missing or forged base only makes every differing field count as changed.
  }
  return {};
}

export const changeStatusAction = formAction("change-status", {
  schema: () => statusChangeSchema,
  run: (input, { user, locale, today }) => {
    const result = changeStatus(user.id, input.caseId, input, today);
    if (result.ok) return { redirectTo: casePath(locale, input.caseId, "?saved=status#status") };
    if (result.reason === "invalid")
      return {
        message: "fixBelow",
        errors: Object.fromEntries(result.problems.map((p) => [p.field, [p.code]])),
      };
    if (result.reason === "needs-acknowledgement")
      return { message: "needsAcknowledgement", warnings: result.warnings };
    return { message: result.reason === "not-found" ? "notFound" : "notAllowed" };
  },
});

export const setChecklistItemAction = buttonAction("tick-checklist", {
  schema: () => checklistTickSchema,
  run: (input, { user, locale, today }) =>
    setChecklistItem(user.id, input.caseId, input.item, input.done === "true", today)
      ? {
          redirectTo: casePath(locale, input.caseId, `#item-${input.item}`),
          revalidate: casePath(locale, input.caseId),
        }
      : { message: "notFound" },
});

export const snoozeCaseAction = buttonAction("snooze-case", {
  schema: () => caseButtonSchema,
  run: (input, { user, locale, today }) =>
    snoozeCase(user.id, input.caseId, snoozeUntil(today))
      ? { redirectTo: casePath(locale, input.caseId, "?saved=snoozed#reminders") }
      : { message: "notFound" },
});

export const resumeRemindersAction = buttonAction("resume-reminders", {
  schema: () => caseButtonSchema,
  run: (input, { user, locale }) =>
    snoozeCase(user.id, input.caseId, null)
      ? { redirectTo: casePath(locale, input.caseId, "?saved=resumed#reminders") }
      : { message: "notFound" },
});

const snoozeUntil = (today: IsoDate) => addDays(today, snoozeDays);

export const setReminderOverridesAction = formAction("reminder-overrides", {
  schema: ({ today }) => reminderOverridesSchema({ today }),
  run: (input, { user, locale }) =>
    setReminderOverrides(user.id, input.caseId, input)
      ? {
          redirectTo: casePath(locale, input.caseId, "?saved=reminders#reminders"),
          revalidate: casePath(locale, input.caseId),
        }
      : { message: "notFound" },
});

export const recordFinalBillAction = buttonAction("final-bill", {
  schema: () => finalBillSchema,
  run: (input, { user, locale }) =>
    recordFinalBill(user.id, input.caseId, input.outcome)
      ? {
          redirectTo: casePath(
            locale,
            input.caseId,
            input.outcome === "disputed"
              ? "?saved=disputed#next-steps"
              : "?saved=bill-correct#status",
          ),
        }
      : { message: "notFound" },
});

/** The dashboard's bulk button: back to the same view, with how many were marked and skipped. */
export const markFinalBillsCheckedAction = buttonAction("bulk-final-bill", {
  schema: () => bulkCasesSchema,
  lists: ["caseId"],
  run: (input, { user, locale, today }) => {
    const back = caseListQueryOf(input.back);
    if (input.caseId.length === 0)
      return { redirectTo: caseListHref(locale, back, { bulk: "none" }) };
    const { marked, skipped } = markFinalBillsChecked(user.id, input.caseId, today);
    return {
      redirectTo: caseListHref(locale, back, { marked: String(marked), skipped: String(skipped) }),
      revalidate: `/${locale}/tracker`,
    };
  },
});

export const deleteCaseAction = buttonAction("delete-case", {
  schema: () => caseButtonSchema,
  run: (input, { user, locale }) =>
    deleteCase(user.id, input.caseId)
      ? { redirectTo: `/${locale}/tracker?deleted=1`, revalidate: `/${locale}/tracker` }
      : { message: "notFound" },
});

export async function signOutAction(submitted: FormData): Promise<void> {
  await signOut({ redirectTo: `/${localeOf(asForm(submitted))}` });
}
