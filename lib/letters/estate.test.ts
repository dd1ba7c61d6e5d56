import { describe, expect, it } from "vitest";
import { lastDeceasedName } from "./estate";

describe("lastDeceasedName", () => {
  it("is the name the latest letter for the estate gave, skipping letters that gave none", () => {
    expect(
      lastDeceasedName([
        { deceasedName: "Wang Fang" },
        { deceasedName: "Wang Fang Li" },
        { deceasedName: null },
      ]),
    ).toBe("Wang Fang Li");
  });

  it("is null when no letter named the deceased", () => {
    expect(lastDeceasedName([])).toBeNull();
    expect(lastDeceasedName([{ deceasedName: null }])).toBeNull();
  });
});
