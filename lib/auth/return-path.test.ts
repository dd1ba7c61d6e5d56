import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps paths of this site in the reader's locale", () => {
    expect(safeReturnPath("/en/tracker", "en")).toBe("/en/tracker");
    expect(safeReturnPath("/zh/tracker/abc?saved=1#reminders", "zh")).toBe(
      "/zh/tracker/abc?saved=1#reminders",
    );
    expect(safeReturnPath("/en", "en")).toBe("/en");
  });

  it.each([
    ["CR LF", "/en/tracker%0d%0a".replace("%0d%0a", "\r\nSet-Cookie: x=1")],
    ["a NUL", "/en/\u0000"],
    ["a tab", "/en/\ttracker"],
    ["a backslash", "/en/\\evil.example"],
    ["another origin", "https://evil.example/en/tracker"],
    ["a protocol-relative URL", "//evil.example/en/"],
    ["another locale", "/zh/tracker"],
    ["a lookalike prefix", "/english/tracker"],
    ["javascript:", "javascript:alert(1)"],
    ["not a string", ["/en/tracker"]],
    ["too long", `/en/${"a".repeat(3000)}`],
  ])("refuses %s", (_label, value) => {
    expect(safeReturnPath(value, "en")).toBeNull();
  });
});
