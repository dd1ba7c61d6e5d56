"use server";

import { formAction } from "@/lib/actions/form-action";
import { getCase } from "@/lib/data/cases";
import { listLetters, markLetterSent, prepareLetter } from "@/lib/data/letters";
import { availableLetters } from "@/lib/letters/availability";
import { writesForEstate } from "@/lib/letters/estate";
import { letterFacts } from "@/lib/letters/facts";
import { letterFormFields } from "@/lib/letters/form-fields";
import { letterLanguageTags } from "@/lib/letters/language-tags";
import { getLetterTemplates } from "@/lib/letters/read-letters";
import { renderLetter } from "@/lib/letters/render";
import { providerName } from "@/lib/tracker/providers";
import { letterFormSchema, letterSentSchema } from "@/lib/validation/letter";
import { providerOptions } from "./_lib/view";

// Like the case actions: formAction authenticates and validates; the bodies only call the
// data-access layer with the signed-in user's id.

export const prepareLetterAction = formAction("prepare-letter", {
  schema: ({ today }) => letterFormSchema({ today }),
  run: async (input, { user, locale, today }) => {
    const found = getCase(user.id, input.caseId);
    const letters = found && listLetters(user.id, input.caseId);
    if (!found || !letters) return { message: "notFound" };
    // The page only offers letters that fit the case; a forged or stale post gets the same answer.
    if (!availableLetters(found, letters, today).includes(input.kind))
      return { message: "notAllowed" };
    const template = (await getLetterTemplates())[input.kind];
    const facts = letterFacts(input, found, providerName(found, await providerOptions()), letters);
    const result = renderLetter(template, facts, letterLanguageTags());
    const asked = new Set<string>(
      letterFormFields(input.kind, found, writesForEstate(input.kind, letters)),
    );
    if (!result.ok) {
      // What the letter needs and nobody has given: asked for next to its field, never invented.
      if (!result.missing.every((field) => asked.has(field))) return { message: "notAllowed" };
      return {
        message: "fixBelow",
        errors: Object.fromEntries(result.missing.map((field) => [field, ["required" as const]])),
      };
    }
    // "Remember" covers what this form asked: a form without the birth date (a letter for an
    // estate or to an employer) leaves the stored one as it is.
    const asksBirthDate = asked.has("birthDate");
    const birthDate = input.remember ? (input.birthDate ?? null) : null;
    const profile = {
      name: input.remember ? input.fullName : null,
      ...(asksBirthDate ? { birthDate } : {}),
    };
    const letter = prepareLetter(
      user.id,
      input.caseId,
      {
        kind: input.kind,
        templateVersion: template.version,
        letter: result,
        requestedEndOn: facts.values.endDate ?? null,
        deceasedName: asked.has("deceasedName") ? (input.deceasedName ?? null) : null,
      },
      profile,
    );
    if (!letter) return { message: "notFound" };
    return {
      redirectTo: `/${locale}/tracker/${input.caseId}/letters/${letter.id}`,
      revalidate: `/${locale}/tracker/${input.caseId}`,
    };
  },
});

export const markLetterSentAction = formAction("letter-sent", {
  schema: ({ today }) => letterSentSchema({ today }),
  run: (input, { user, locale, today }) => {
    const result = markLetterSent(
      user.id,
      input.caseId,
      input.letterId,
      { sentOn: input.sentOn!, channel: input.channel },
      today,
    );
    if (result.ok)
      return {
        redirectTo: `/${locale}/tracker/${input.caseId}?saved=letter-sent#letters`,
        revalidate: `/${locale}/tracker/${input.caseId}`,
      };
    if (result.reason === "not-found") return { message: "notFound" };
    if (result.reason === "already-sent") return { message: "alreadySent" };
    return { message: "fixBelow", errors: { [result.field]: [result.code] } };
  },
});
