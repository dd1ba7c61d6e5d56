import { describe, expect, it } from "vitest";
import { megabytes, megabytesUsed } from "./limits";

describe("megabytes as the upload page names them", () => {
  it("limits to the nearest MB, space used rounded up (a nearly full account never looks roomy)", () => {
    expect(megabytes(10 * 1024 * 1024)).toBe(10);
    expect(megabytesUsed(0)).toBe(0);
    expect(megabytesUsed(1)).toBe(1);
    expect(megabytesUsed(199 * 1024 * 1024 + 1)).toBe(200);
  });
});
