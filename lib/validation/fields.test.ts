import { describe, expect, it } from "vitest";
import { z } from "zod";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { checkbox, errorCodes, fieldErrors, optionalDate, optionalText } from "./fields";

const form = z.object({ when: optionalDate, note: optionalText(10), ok: checkbox });
const errorsOf = (input: Record<string, unknown>) => {
  const result = form.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
};

describe("shared field schemas", () => {
  it("bounds dates to 2000–2100 and refuses impossible or expanded-year ones", () => {
    expect(errorsOf({ when: "2026-11-25" })).toEqual({});
    expect(errorsOf({ when: "" })).toEqual({});
    expect(errorsOf({ when: "0000-01-01" })).toEqual({ when: ["dateOutOfRange"] });
    expect(errorsOf({ when: "9999-12-31" })).toEqual({ when: ["dateOutOfRange"] });
    expect(errorsOf({ when: "1999-12-31" })).toEqual({ when: ["dateOutOfRange"] });
    expect(errorsOf({ when: "+010000-01-01" })).toEqual({ when: ["invalidDate"] });
    expect(errorsOf({ when: "2026-02-30" })).toEqual({ when: ["invalidDate"] });
    expect(errorsOf({ when: "2026-11-25T00:00:00Z" })).toEqual({ when: ["invalidDate"] });
  });

  it("reports a file or another type posted into a field as a translated code, not zod's English", () => {
    const file = new File(["x"], "x.txt");
    expect(errorsOf({ note: file, when: file })).toEqual({
      note: ["invalid"],
      when: ["invalidDate"],
    });
    expect(errorsOf({ note: 42 })).toEqual({ note: ["invalid"] });
    expect(errorsOf({ note: "x".repeat(11) })).toEqual({ note: ["tooLong"] });
  });

  it("has a message for every error code in every locale", () => {
    for (const catalog of [en, zh]) {
      for (const code of errorCodes) expect(catalog.errors, code).toHaveProperty(code);
    }
  });
});
