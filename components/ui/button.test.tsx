import { describe, expect, it } from "vitest";
import { buttonClass } from "./button";

describe("buttonClass", () => {
  it("lets an override win over the base padding and size, instead of adding to them", () => {
    const classes = buttonClass("secondary", "px-3 py-1 text-sm").split(" ");
    expect(classes).toContain("px-3");
    expect(classes).toContain("py-1");
    expect(classes).not.toContain("px-4");
    expect(classes).not.toContain("py-2");
  });
});
