import { describe, expect, it } from "vitest";
import { accountSettingsSchema } from "./account";
import { fieldErrors } from "./fields";

const schema = accountSettingsSchema({ today: "2026-11-25" });
const valid = { locale: "en", timeZone: "Europe/Oslo", "kind-follow-up": "on" };
const errorsOf = (input: Record<string, unknown>) => {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
};

describe("the account settings form", () => {
  it("takes a leaving date from today on, and none", () => {
    expect(schema.parse({ ...valid, leavingOn: "2026-11-25" }).leavingOn).toBe("2026-11-25");
    expect(schema.parse({ ...valid, leavingOn: "" }).leavingOn).toBeNull();
    expect(schema.parse(valid)).toMatchObject({
      leavingOn: null,
      reminderOptOuts: ["send-by", "before-end", "final-bill", "remind-on"],
    });
  });

  it("says next to the field that a leaving date in the past or a malformed one cannot be used", () => {
    expect(errorsOf({ ...valid, leavingOn: "2026-11-24" })).toEqual({ leavingOn: ["pastDate"] });
    expect(errorsOf({ ...valid, leavingOn: "2026-02-30" })).toEqual({ leavingOn: ["invalidDate"] });
  });
});
