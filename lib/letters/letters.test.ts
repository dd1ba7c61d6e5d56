import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { letterFormSchema, type LetterFormInput } from "@/lib/validation/letter";
import { writesForEstate } from "./estate";
import { letterFacts, type FactsCase, type FactsLetter } from "./facts";
import {
  letterFields,
  letterKinds,
  letterRecipient,
  letterLanguage,
  placeholdersIn,
  type LetterField,
  type LetterKind,
} from "./fields";
import { letterFormFields } from "./form-fields";
import { readLetterTemplates } from "./read-letters";
import { letterText, renderLetter } from "./render";

const tags = { nb: "nb-NO", en: "en-GB", zh: "zh-Hans" };
const templates = await readLetterTemplates();
const today = "2026-11-25";
const schema = letterFormSchema({ today });

// A case as each letter meets it (the letter page only offers a letter when its case fits).
const fullCase: FactsCase = {
  phoneNumber: "+4791234567",
  customerNumber: "K-778812",
  subscriptionType: "prepaid",
  submittedOn: "2026-11-02",
  confirmedOn: "2026-11-05",
  confirmationReference: "SR-4411",
  endsOn: "2026-11-20",
};
const bareCase: FactsCase = {
  phoneNumber: "+4791234567",
  customerNumber: null,
  subscriptionType: "postpaid",
  submittedOn: "2026-11-02",
  confirmedOn: null,
  confirmationReference: null,
  endsOn: "2026-11-20",
};

/** The answers the form gives for each kind: everything, or only what is required. */
const answers: Record<
  LetterKind,
  { full: Record<string, string>; minimal: Record<string, string> }
> = {
  cancellation: {
    full: {
      endChoice: "date",
      endDate: "2026-12-31",
      porting: "no",
      accountNumber: "1234 56 78903",
      birthDate: "1990-05-17",
    },
    minimal: { endChoice: "earliest", porting: "no" },
  },
  chase: { full: { birthDate: "1990-05-17" }, minimal: {} },
  withdrawal: {
    full: { agreedOn: "2026-11-20", birthDate: "1990-05-17", email: "li.wei@example.com" },
    minimal: { agreedOn: "2026-11-20" },
  },
  "estate-cancellation": {
    full: {
      deceasedName: "Wang Fang",
      deceasedBirthDate: "1950-02-03",
      deathOn: "2026-11-01",
      email: "li.wei@example.com",
    },
    minimal: { deceasedName: "Wang Fang", deathOn: "2026-11-01" },
  },
  "employer-owner-change": {
    full: {
      employer: "Fjord Bygg AS",
      employmentEndsOn: "2026-12-31",
      email: "li.wei@example.com",
    },
    minimal: { employer: "Fjord Bygg AS", employmentEndsOn: "2026-12-31" },
  },
  "advance-refund": {
    full: { refundAmount: "349", accountNumber: "1234 56 78903", birthDate: "1990-05-17" },
    minimal: {},
  },
  "operator-complaint": {
    full: {
      reasonNoConfirmation: "on",
      reasonNotEnded: "on",
      reasonCharged: "on",
      reasonCredit: "on",
      details: "Kundeservice sa {fullName} i chat",
    },
    minimal: { reasonNoConfirmation: "on" },
  },
  "final-bill-dispute": {
    full: { invoiceNumber: "F-2026-11", disputedAmount: "1 249,50" },
    minimal: { invoiceNumber: "F-2026-11" },
  },
  "bkn-complaint": {
    full: {
      complaintSentOn: "2026-11-10",
      answer: "refused",
      answerOn: "2026-11-20",
      details: "Fakturert etter sluttdato",
      claim: "at fakturaen krediteres",
      email: "li.wei@example.com",
    },
    minimal: {
      complaintSentOn: "2026-11-10",
      answer: "none",
      details: "Ingen bekreftelse",
      claim: "at oppsigelsen bekreftes",
    },
  },
};
const input = (kind: LetterKind, extra: Record<string, string>): LetterFormInput =>
  schema.parse({ caseId: "c1", kind, fullName: "Li Wei", ...extra });
const letters = [{ kind: "chase", sentOn: "2026-11-12" }];

describe("letter templates (content/letters)", () => {
  it("load for every kind, in Norwegian and every site language, with known placeholders only", () => {
    expect(Object.keys(templates).sort()).toEqual([...letterKinds].sort());
    for (const t of Object.values(templates)) {
      for (const p of t.paragraphs)
        for (const lang of [letterLanguage, ...locales])
          expect(typeof (p as Record<string, unknown>)[lang]).toBe("string");
      expect(t.basis.length).toBeGreaterThan(0);
    }
  });

  for (const kind of letterKinds) {
    for (const [variant, c] of [
      ["full", fullCase],
      ["minimal", bareCase],
    ] as const) {
      it(`${kind} (${variant}): every placeholder is filled in every language, nothing blank or invented`, () => {
        const result = renderLetter(
          templates[kind],
          letterFacts(
            input(kind, answers[kind][variant]),
            c,
            "Telenor",
            variant === "full" ? letters : [],
          ),
          tags,
        );
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const lang of Object.keys(tags)) {
          const text = `${result.subject[lang]}\n${letterText(result.paragraphs, lang)}`;
          expect(text).not.toMatch(/\{[A-Za-z]+\}(?![^\n]*i chat)|undefined|null|NaN/);
          expect(text).toContain("Li Wei");
        }
        expect(letterText(result.paragraphs, "nb")).toContain("+47 912 34 567");
        expect(result.paragraphs.length).toBeGreaterThan(3);
      });
    }
  }

  it("writes values the way each language does: dates, account numbers, amounts", () => {
    const cancel = renderLetter(
      templates.cancellation,
      letterFacts(input("cancellation", answers.cancellation.full), fullCase, "Telenor", []),
      tags,
    );
    if (!cancel.ok) throw new Error("expected a letter");
    expect(letterText(cancel.paragraphs, "nb")).toContain("med sluttdato 31. desember 2026");
    expect(letterText(cancel.paragraphs, "zh")).toContain("2026年12月31日");
    expect(letterText(cancel.paragraphs, "nb")).toContain("kontonummer 1234 56 78903");
    expect(letterText(cancel.paragraphs, "nb")).toContain("Fødselsdato: 17. mai 1990");
    const bill = renderLetter(
      templates["final-bill-dispute"],
      letterFacts(
        input("final-bill-dispute", answers["final-bill-dispute"].full),
        fullCase,
        "Ice",
        [],
      ),
      tags,
    );
    if (!bill.ok) throw new Error("expected a letter");
    expect(letterText(bill.paragraphs, "nb")).toMatch(
      /Beløpet jeg bestrider, er kr 1[\s\u00a0]249,50\./,
    );
    expect(letterText(bill.paragraphs, "en")).toMatch(
      /The amount I dispute is NOK[\s\u00a0]1,249\.50\./,
    );
    expect(letterText(bill.paragraphs, "zh")).toMatch(/我有异议的金额为 NOK[\s\u00a0]1,249\.50。/);
    const whole = renderLetter(
      templates["final-bill-dispute"],
      letterFacts(
        input("final-bill-dispute", { invoiceNumber: "F-1", disputedAmount: "99" }),
        fullCase,
        "Ice",
        [],
      ),
      tags,
    );
    if (!whole.ok) throw new Error("expected a letter");
    expect(letterText(whole.paragraphs, "nb")).toContain("bestrider, er kr 99.");
  });

  const nbOf = (kind: LetterKind, extra: Record<string, string>, c: FactsCase, lang = "nb") => {
    const result = renderLetter(
      templates[kind],
      letterFacts(input(kind, extra), c, "Telenor", []),
      tags,
    );
    if (!result.ok) throw new Error(`expected a letter, missing ${result.missing.join(", ")}`);
    return letterText(result.paragraphs, lang);
  };

  it("refunds to an account abroad by IBAN and BIC, to a Norwegian one by its number", () => {
    const base = { endChoice: "earliest", porting: "no" };
    const abroad = nbOf(
      "cancellation",
      { ...base, accountNumber: "de89 3704 0044 0532 0130 00", bic: "deut de ff" },
      fullCase,
    );
    expect(abroad).toContain(
      "Abonnementet er et kontantkort. Hvis gjenværende saldo kan tilbakebetales, ber jeg om at den utbetales til kontoen min i utlandet: IBAN DE89 3704 0044 0532 0130 00, BIC DEUTDEFF.",
    );
    // A Norwegian IBAN is the account number inside it.
    const home = nbOf("cancellation", { ...base, accountNumber: "NO93 8601 1117 947" }, fullCase);
    expect(home).toContain("til kontonummer 8601 11 17947.");
    expect(home).not.toContain("IBAN");
  });

  it("gives an e-mail address for the written answer, and signs with it", () => {
    const text = nbOf(
      "cancellation",
      { endChoice: "earliest", porting: "no", email: "li.wei@example.com" },
      bareCase,
    );
    expect(text).toContain("Bekreftelsen kan sendes til e-postadressen li.wei@example.com.");
    expect(text).toMatch(/Mobilnummer: \+47 912 34 567\nE-post: li\.wei@example\.com$/);
    expect(nbOf("chase", { email: "li.wei@example.com" }, bareCase)).toContain(
      "Svaret kan sendes til e-postadressen li.wei@example.com.",
    );
  });

  it("chases with the reference given when the cancellation was sent, never the confirmation's", () => {
    const withConfirmationRef = { ...bareCase, confirmationReference: "SR-4411" };
    expect(nbOf("chase", {}, withConfirmationRef)).not.toContain("SR-4411");
    expect(nbOf("chase", { sentReference: "CHAT-99" }, withConfirmationRef)).toContain(
      "Referansen jeg fikk da jeg sa opp: CHAT-99",
    );
  });

  it("states an end date as fact only when the operator confirmed it", () => {
    const bill = { invoiceNumber: "F-1" };
    expect(nbOf("final-bill-dispute", bill, fullCase)).toContain(
      "Dere bekreftet den 5. november 2026 at abonnementet ble avsluttet den 20. november 2026.",
    );
    const unconfirmed = nbOf("final-bill-dispute", bill, bareCase);
    expect(unconfirmed).toContain(
      "skulle abonnementet vært avsluttet senest den 20. november 2026.",
    );
    expect(unconfirmed).not.toContain("ble avsluttet den");
  });

  it("asks the operator for an answer within 14 days, and the board to decide a claim", () => {
    expect(nbOf("operator-complaint", { reasonNotEnded: "on" }, bareCase)).toContain(
      "Jeg ber om et skriftlig svar innen 14 dager.",
    );
    expect(nbOf("bkn-complaint", answers["bkn-complaint"].full, fullCase)).toContain(
      "Jeg ber nemnda ta stilling til dette kravet: at fakturaen krediteres",
    );
  });

  it("writes Chinese dates without spaces and 此致 / 敬礼 on two lines", () => {
    const zh = nbOf("chase", {}, bareCase, "zh");
    expect(zh).toContain("我已于2026年11月2日申请注销");
    expect(zh).toMatch(/\n此致\n敬礼\nLi Wei/);
  });

  it("withdraws in the words of the standard withdrawal form, with the agreement's date", () => {
    const text = nbOf("withdrawal", { agreedOn: "2026-11-20" }, bareCase);
    expect(text).toContain(
      "Jeg underretter herved om at jeg ønsker å gå fra min avtale om kjøp av følgende tjeneste: mobilabonnement på nummer +47 912 34 567.",
    );
    expect(text).toContain("Avtalen ble inngått den 20. november 2026.");
    expect(nbOf("withdrawal", { agreedOn: "2026-11-20" }, bareCase, "zh")).toContain(
      "该协议于2026年11月20日订立。",
    );
  });

  it("cancels for an estate in its name, signed on its behalf, with the probate certificate", () => {
    const text = nbOf("estate-cancellation", answers["estate-cancellation"].full, bareCase);
    expect(text).toContain(
      "Jeg skriver på vegne av dødsboet etter Wang Fang, som døde den 1. november 2026.",
    );
    expect(text).toContain("Fødselsdatoen til avdøde er 3. februar 1950.");
    expect(text).toContain(
      "Jeg legger ved dokumentasjon på at jeg kan handle på vegne av dødsboet.",
    );
    expect(text).toContain("Li Wei, på vegne av dødsboet etter Wang Fang");
    // The writer's own birth date identifies nobody here: the form does not ask for it.
    expect(letterFormFields("estate-cancellation", bareCase)).not.toContain("birthDate");
  });

  it("asks the employer, not the operator, for a change of owner before the number is cancelled", () => {
    const text = nbOf("employer-owner-change", answers["employer-owner-change"].minimal, bareCase);
    expect(text).toContain(
      "hos Fjord Bygg AS. Arbeidsforholdet mitt har sluttdato 31. desember 2026.",
    );
    expect(text).toContain("godkjenner et eierskifte til meg hos Telenor");
    expect(letterRecipient("employer-owner-change")).toBe("employer");
    expect(letterRecipient("bkn-complaint")).toBe("board");
    expect(letterRecipient("withdrawal")).toBe("operator");
  });

  it("claims what was billed in advance back, to the account given", () => {
    const text = nbOf("advance-refund", answers["advance-refund"].full, fullCase);
    expect(text).toContain(
      "ble avsluttet den 20. november 2026, slik dere bekreftet den 5. november 2026.",
    );
    expect(text).toContain("Etter min beregning er beløpet kr 349.");
    expect(text).toContain("Beløpet kan utbetales til kontonummer 1234 56 78903.");
    expect(nbOf("advance-refund", {}, bareCase)).toContain(
      "skulle mobilabonnementet på nummer +47 912 34 567 vært avsluttet senest den 20. november 2026.",
    );
  });

  it("leaves out a line whose value nobody gave, instead of printing a blank", () => {
    const result = renderLetter(
      templates.cancellation,
      letterFacts(input("cancellation", answers.cancellation.minimal), bareCase, "Telenor", []),
      tags,
    );
    if (!result.ok) throw new Error("expected a letter");
    const nb = letterText(result.paragraphs, "nb");
    expect(nb).toContain("fra tidligst mulig dato");
    expect(nb).not.toContain("Kundenummer");
    expect(nb).not.toContain("Fødselsdato");
    expect(nb).not.toContain("kontonummer"); // postpaid: no refund paragraph
  });

  it("inserts user text once: a {placeholder} typed into the details stays as typed", () => {
    const result = renderLetter(
      templates["operator-complaint"],
      letterFacts(
        input("operator-complaint", answers["operator-complaint"].full),
        fullCase,
        "Telenor",
        [],
      ),
      tags,
    );
    if (!result.ok) throw new Error("expected a letter");
    expect(letterText(result.paragraphs, "nb")).toContain(
      "Nærmere beskrivelse: Kundeservice sa {fullName} i chat",
    );
  });

  it("asks for what a letter needs and the case lacks (the bill dispute's end date)", () => {
    const noEnd = { ...bareCase, endsOn: null };
    const result = renderLetter(
      templates["final-bill-dispute"],
      letterFacts(
        input("final-bill-dispute", answers["final-bill-dispute"].minimal),
        noEnd,
        "Telenor",
        [],
      ),
      tags,
    );
    expect(result).toEqual({ ok: false, missing: ["endsOn"] });
    expect(letterFormFields("final-bill-dispute", noEnd)).toContain("endsOn");
  });

  it("every value a letter can require is on the case or asked by its form, for its owner and for an estate", () => {
    // From the case: the operator and number always; the sent date for a chase (it is only offered once sent).
    const fromCase: Partial<Record<LetterKind, LetterField[]>> = { chase: ["submittedOn"] };
    // A flag that holds only when the case has a value: "the operator confirmed this end date".
    // It excuses the value in its own paragraph only.
    const impliedByFlag: Record<string, LetterField[]> = { "is:endConfirmed": ["confirmedOn"] };
    for (const kind of letterKinds) {
      const t = templates[kind];
      for (const forEstate of [false, true]) {
        // The paragraphs this writer's letter can contain, whatever else is true.
        const excluded = forEstate ? "is:forSelf" : "is:forEstate";
        const required = new Set([
          ...placeholdersIn(t.subject[letterLanguage]!),
          ...t.paragraphs
            .filter((p) => !p.when.some((c) => c.startsWith("has:") || c === excluded))
            .flatMap((p) => {
              const implied = p.when.flatMap((c) => (impliedByFlag[c] ?? []) as string[]);
              return placeholdersIn(p[letterLanguage] as string).filter(
                (f) => !implied.includes(f),
              );
            }),
        ]);
        const asked = new Set<string>([
          ...letterFormFields(kind, { subscriptionType: "prepaid", endsOn: null }, forEstate),
          "operator",
          "phone",
          ...(fromCase[kind] ?? []),
        ]);
        const writer = forEstate ? "estate" : "owner";
        // endDate and answerOn are asked through their choice (endChoice, answer).
        for (const field of required)
          expect(
            asked.has(field) || ["endDate", "answerOn"].includes(field),
            `${kind} (${writer}): {${field}}`,
          ).toBe(true);
        for (const field of required) expect(Object.hasOwn(letterFields, field)).toBe(true);
      }
    }
  });
});

describe("letters after an estate's cancellation", () => {
  const estateSent: FactsLetter[] = [{ kind: "estate-cancellation", sentOn: "2026-11-02" }];
  const estate = (kind: LetterKind, extra: Record<string, string>, sent = estateSent) => {
    const result = renderLetter(
      templates[kind],
      letterFacts(input(kind, { deceasedName: "Wang Fang", ...extra }), fullCase, "Telenor", sent),
      tags,
    );
    if (!result.ok) throw new Error(`expected a letter, missing ${result.missing.join(", ")}`);
    return (lang: string) => letterText(result.paragraphs, lang);
  };

  it("are written for the estate: the deceased named, signed on its behalf, nothing the writer's own", () => {
    for (const kind of [
      "chase",
      "operator-complaint",
      "final-bill-dispute",
      "advance-refund",
      "bkn-complaint",
    ] as const) {
      const text = estate(kind, answers[kind].full);
      expect(text("nb"), kind).toContain("på vegne av dødsboet etter Wang Fang.");
      expect(text("nb"), kind).toContain("Li Wei, på vegne av dødsboet etter Wang Fang");
      // "By my calculation" stays: the calculation is the writer's.
      expect(text("nb"), kind).not.toMatch(
        /\b(mitt|mine)\b|kontoen min|Jeg betaler|Fødselsdato|Mobilnummer/,
      );
      expect(text("en"), kind).toContain("on behalf of the estate of Wang Fang");
      expect(text("en"), kind).not.toMatch(
        /\bmy (mobile|subscription|customer|account)|I will pay/i,
      );
      expect(text("zh"), kind).toContain("代表 Wang Fang 的遗产管理方");
      expect(text("zh"), kind).not.toMatch(/我的(号码|手机|客户号|注销|账户)|我会支付|出生日期/);
    }
    expect(estate("final-bill-dispute", answers["final-bill-dispute"].full)("nb")).toContain(
      "Dødsboet betaler den delen av fakturaen som ikke er omstridt.",
    );
    // The board needs to see that the writer may act for the estate.
    expect(estate("bkn-complaint", answers["bkn-complaint"].full)("nb")).toContain(
      "og skifteattest eller annen dokumentasjon på at jeg kan handle på vegne av dødsboet.",
    );
  });

  it("need the deceased's name, which the form then asks instead of the writer's birth date", () => {
    const result = renderLetter(
      templates.chase,
      letterFacts(input("chase", {}), fullCase, "Telenor", estateSent),
      tags,
    );
    expect(result).toMatchObject({ ok: false, missing: ["deceasedName"] });
    const fields = letterFormFields("chase", fullCase, true);
    expect(fields).toContain("deceasedName");
    expect(fields).not.toContain("birthDate");
  });

  it("are the owner's own again once a cancellation of their own was sent later", () => {
    const later = [...estateSent, { kind: "cancellation", sentOn: "2026-11-03" }];
    const text = estate("chase", answers.chase.full, later);
    expect(text("nb")).not.toContain("dødsboet");
    expect(text("nb")).toMatch(/\nLi Wei\n/);
    // Prepared and never sent: it decides nothing next to a cancellation that was sent.
    const unsent: FactsLetter[] = [
      { kind: "cancellation", sentOn: "2026-11-02" },
      { kind: "estate-cancellation", sentOn: null },
    ];
    expect(estate("chase", answers.chase.full, unsent)("nb")).not.toContain("dødsboet");
  });

  it("follow the estate in doubt: sent the same day as an own cancellation, or the only one prepared", () => {
    const sameDay: FactsLetter[] = [
      { kind: "estate-cancellation", sentOn: "2026-11-02" },
      { kind: "cancellation", sentOn: "2026-11-02" },
    ];
    expect(writesForEstate("chase", sameDay)).toBe(true);
    expect(writesForEstate("chase", [...sameDay].reverse())).toBe(true);
    // The case was marked sent by hand; the estate's letter prepared here tells who wrote.
    const preparedOnly: FactsLetter[] = [{ kind: "estate-cancellation", sentOn: null }];
    expect(writesForEstate("chase", preparedOnly)).toBe(true);
    expect(writesForEstate("chase", [{ kind: "cancellation", sentOn: null }])).toBe(false);
    // Letters before a cancellation are never the estate's follow-ups.
    expect(writesForEstate("withdrawal", preparedOnly)).toBe(false);
    expect(writesForEstate("chase", [])).toBe(false);
  });
});

describe("letter form validation", () => {
  const errors = (data: Record<string, string>) => {
    const result = schema.safeParse({ caseId: "c1", fullName: "Li Wei", ...data });
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
  };
  it("refuses a cancellation for a number being ported, with the reason next to the field", () => {
    expect(errors({ kind: "cancellation", endChoice: "earliest", porting: "yes" })).toEqual({
      porting: "portingNoCancellation",
    });
  });
  it("checks the account number's MOD11 digit and the end date", () => {
    expect(
      errors({
        kind: "cancellation",
        endChoice: "date",
        endDate: "2026-11-01",
        porting: "no",
        accountNumber: "1234 56 78904",
      }),
    ).toEqual({ endDate: "pastDate", accountNumber: "invalidAccountNumber" });
  });
  it("needs a reason for a complaint and the answer date for a refusal", () => {
    expect(errors({ kind: "operator-complaint" })).toEqual({ reasons: "chooseOne" });
    expect(
      errors({
        kind: "bkn-complaint",
        complaintSentOn: "2026-11-20",
        answer: "refused",
        answerOn: "2026-11-10",
        details: "x",
        claim: "y",
      }),
    ).toEqual({ answerOn: "beforeComplaint" });
    expect(errors({ kind: "bkn-complaint", answer: "refused" })).toEqual({
      complaintSentOn: "required",
      answerOn: "required",
      details: "required",
      claim: "required",
    });
  });
  it("keeps birth dates real and in the past", () => {
    expect(errors({ kind: "chase", birthDate: "1890-01-01" })).toEqual({
      birthDate: "invalidBirthDate",
    });
    expect(errors({ kind: "chase", birthDate: "2027-01-01" })).toEqual({ birthDate: "futureDate" });
    expect(errors({ kind: "chase", fullName: " " })).toEqual({ fullName: "required" });
  });
  it("asks each new letter for what it cannot do without, and no future dates", () => {
    expect(errors({ kind: "withdrawal" })).toEqual({ agreedOn: "required" });
    expect(errors({ kind: "withdrawal", agreedOn: "2026-11-26" })).toEqual({
      agreedOn: "futureDate",
    });
    expect(errors({ kind: "estate-cancellation", deceasedName: "王芳" })).toEqual({
      deceasedName: "latinName",
      deathOn: "required",
    });
    expect(
      errors({
        kind: "estate-cancellation",
        deceasedName: "Wang Fang",
        deceasedBirthDate: "2026-11-02",
        deathOn: "2026-11-01",
      }),
    ).toEqual({ deceasedBirthDate: "afterDeath" });
    expect(errors({ kind: "employer-owner-change" })).toEqual({
      employer: "required",
      employmentEndsOn: "required",
    });
    expect(errors({ kind: "advance-refund", refundAmount: "-5" })).toEqual({
      refundAmount: "invalidAmount",
    });
  });
  it("wants the name in Latin letters, as on the ID the operator checks it against", () => {
    expect(errors({ kind: "chase", fullName: "李伟" })).toEqual({ fullName: "latinName" });
    expect(errors({ kind: "chase", fullName: "Li Wei 李伟" })).toEqual({ fullName: "latinName" });
    expect(errors({ kind: "chase", fullName: "Zoë Ødegård-Nguyễn O'Neil" })).toEqual({});
    expect(errors({ kind: "chase", fullName: "Keʻalohilani Kahananui" })).toEqual({});
    expect(schema.parse({ caseId: "c1", kind: "chase", fullName: "Ｌｉ Ｗｅｉ" }).fullName).toBe(
      "Li Wei",
    );
    // The deceased's name too: it is kept for the estate's next letter as it is stored here.
    const estate = { caseId: "c1", kind: "chase", fullName: "Li Wei" };
    expect(schema.parse({ ...estate, deceasedName: " Ｗａｎｇ Ｆａｎｇ " }).deceasedName).toBe(
      "Wang Fang",
    );
    expect(errors({ kind: "chase", deceasedName: "王芳" })).toEqual({ deceasedName: "latinName" });
  });
  it("checks an IBAN's digits, wants a BIC with a foreign IBAN, and checks the e-mail", () => {
    const cancel = { kind: "cancellation", endChoice: "earliest", porting: "no" };
    expect(errors({ ...cancel, accountNumber: "DE89 3704 0044 0532 0130 01" })).toEqual({
      accountNumber: "invalidAccountNumber",
    });
    expect(errors({ ...cancel, accountNumber: "DE89 3704 0044 0532 0130 00" })).toEqual({
      bic: "required",
    });
    expect(
      errors({ ...cancel, accountNumber: "DE89 3704 0044 0532 0130 00", bic: "DEUT" }),
    ).toEqual({ bic: "invalidBic" });
    // With a Norwegian account the BIC is not used, so a stray one is not an error either.
    expect(errors({ ...cancel, accountNumber: "1234.56.78903", bic: "DEUT" })).toEqual({});
    expect(errors({ ...cancel, email: "li.wei@" })).toEqual({ email: "invalidEmail" });
    expect(errors({ ...cancel, email: "a,b@example.com" })).toEqual({ email: "invalidEmail" });
    // Any address the sign-in accepts (so the account's own, offered here) passes.
    expect(errors({ ...cancel, email: "tom&jerry@example.com" })).toEqual({});
  });
});
