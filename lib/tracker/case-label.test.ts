import { describe, expect, it } from "vitest";
import { caseLabel, caseName } from "./case-label";

const options = [{ id: "telia", name: "Telia", notice: null }];
const telia = { provider: "telia", providerName: null, phoneNumber: "+4791234567" };

describe("what a case is called", () => {
  it("is the operator, with the user's own name for the line when there is one", () => {
    expect(caseName({ ...telia, nickname: null }, options)).toBe("Telia");
    expect(caseName({ ...telia, nickname: "Dad’s line" }, options)).toBe("Telia (Dad’s line)");
    expect(caseName({ provider: "other", providerName: "Zeta", nickname: "work" }, options)).toBe(
      "Zeta (work)",
    );
  });

  it("leads with the user's name in titles, and never shows the whole number", () => {
    expect(caseLabel({ ...telia, nickname: null }, options)).toBe("Telia · +47 ••••• 567");
    expect(caseLabel({ ...telia, nickname: "Dad’s line" }, options)).toBe(
      "Dad’s line · Telia · +47 ••••• 567",
    );
  });
});
