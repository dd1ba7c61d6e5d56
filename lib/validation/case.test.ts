import { describe, expect, it } from "vitest";
import { caseFormSchema, fieldErrors, statusChangeSchema } from "./case";

const schema = caseFormSchema({ today: "2026-11-25", providerIds: ["telenor"] });
const valid = {
  provider: "telenor",
  subscriptionType: "postpaid",
  phoneNumber: "91234567",
  channel: "chat",
};
const errorsOf = (input: Record<string, unknown>) => {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
};

describe("caseFormSchema", () => {
  it("accepts a minimal case and normalizes it", () => {
    const parsed = schema.parse({ ...valid, customerNumber: "  ", notes: " hi " });
    expect(parsed).toMatchObject({
      phoneNumber: "+4791234567",
      customerNumber: undefined,
      notes: "hi",
      providerName: null,
      foreignNumber: false,
    });
  });

  it("names each bad field with a code the form translates", () => {
    expect(
      errorsOf({
        ...valid,
        provider: "nope",
        subscriptionType: "x",
        channel: "pigeon",
        phoneNumber: "123",
      }),
    ).toEqual({
      provider: ["invalidChoice"],
      subscriptionType: ["invalidChoice"],
      channel: ["invalidChoice"],
      phoneNumber: ["invalidNorwegian"],
    });
  });

  it("requires a name for another operator", () => {
    expect(errorsOf({ ...valid, provider: "other" })).toEqual({ providerName: ["required"] });
    expect(
      schema.parse({ ...valid, provider: "other", providerName: "Happybytes" }).providerName,
    ).toBe("Happybytes");
  });

  it("rejects future and impossible dates, and dates before the submission", () => {
    expect(errorsOf({ ...valid, submittedOn: "2026-11-26" })).toEqual({
      submittedOn: ["futureDate"],
    });
    expect(errorsOf({ ...valid, submittedOn: "2026-02-30" })).toEqual({
      submittedOn: ["invalidDate"],
    });
    expect(
      errorsOf({
        ...valid,
        submittedOn: "2026-11-20",
        endsOn: "2026-11-01",
        confirmedOn: "2026-11-19",
      }),
    ).toEqual({
      endsOn: ["beforeSubmitted"],
      confirmedOn: ["beforeSubmitted"],
    });
    expect(errorsOf({ ...valid, submittedOn: "2026-11-25" })).toEqual({});
    // A confirmation needs the sent date; years outside 2000–2100 are typos.
    expect(errorsOf({ ...valid, confirmedOn: "2026-11-19" })).toEqual({
      submittedOn: ["required"],
    });
    expect(errorsOf({ ...valid, endsOn: "9999-12-31", submittedOn: "0000-01-01" })).toEqual({
      endsOn: ["dateOutOfRange"],
      submittedOn: ["dateOutOfRange"],
    });
  });

  it("limits the length of every free-text field", () => {
    expect(
      errorsOf({
        ...valid,
        notes: "x".repeat(2001),
        customerNumber: "x".repeat(65),
        confirmationReference: "x".repeat(101),
      }),
    ).toEqual({
      notes: ["tooLong"],
      customerNumber: ["tooLong"],
      confirmationReference: ["tooLong"],
    });
  });

  it("keeps prepaid and equipment flags only where they apply", () => {
    const parsed = schema.parse({ ...valid, creditRefundAsked: "on", equipmentReturned: "on" });
    expect(parsed.creditRefundAsked).toBe(false);
    expect(parsed.equipmentReturned).toBe(false);
    expect(
      schema.parse({ ...valid, subscriptionType: "prepaid", creditRefundAsked: "on" })
        .creditRefundAsked,
    ).toBe(true);
  });

  it("accepts a foreign number only when flagged", () => {
    expect(errorsOf({ ...valid, phoneNumber: "+46701234567" })).toEqual({
      phoneNumber: ["invalidNorwegian"],
    });
    expect(
      schema.parse({ ...valid, phoneNumber: "+46701234567", foreignNumber: "on" }).phoneNumber,
    ).toBe("+46701234567");
  });
});

describe("statusChangeSchema", () => {
  it("accepts a known status with well-formed dates; how they fit the case is the data layer's rule", () => {
    expect(
      statusChangeSchema.safeParse({ caseId: "c1", to: "submitted", submittedOn: "2026-11-25" })
        .success,
    ).toBe(true);
    const bad = statusChangeSchema.safeParse({
      caseId: "c1",
      to: "teleported",
      confirmedOn: "9999-01-01",
      endsOn: "2026-02-30",
    });
    expect(bad.success ? {} : fieldErrors(bad.error)).toEqual({
      to: ["invalidChoice"],
      confirmedOn: ["dateOutOfRange"],
      endsOn: ["invalidDate"],
    });
    expect(statusChangeSchema.safeParse({ to: "submitted" }).success).toBe(false); // no case id
  });
});
