import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

const site = "https://si-opp.example";

/** What every answer must be: null, or a path of this site under the reader's locale. */
function expectSafe(result: string | null, locale: string) {
  if (result === null) return;
  expect(result.startsWith("//")).toBe(false);
  const url = new URL(result, site);
  expect(url.origin).toBe(site);
  expect(url.pathname === `/${locale}` || url.pathname.startsWith(`/${locale}/`)).toBe(true);
  // Stable: what we return passes again unchanged (a Location header will be resolved again).
  expect(safeReturnPath(result, locale)).toBe(result);
}

describe("safeReturnPath", () => {
  it.each([
    ["/en/tracker", "en", "/en/tracker"],
    ["/zh/tracker/abc?saved=1#reminders", "zh", "/zh/tracker/abc?saved=1#reminders"],
    ["/en", "en", "/en"],
    ["/en?x=1", "en", "/en?x=1"],
    ["/en/guides/../tracker", "en", "/en/tracker"],
    ["/en/./tracker", "en", "/en/tracker"],
    ["/en/%74racker", "en", "/en/%74racker"],
    ["/en/tracker/%2F%2Fevil.example", "en", "/en/tracker/%2F%2Fevil.example"],
    ["/zh/注销", "zh", "/zh/%E6%B3%A8%E9%94%80"],
  ])("keeps %s (%s) as %s", (value, locale, expected) => {
    expect(safeReturnPath(value, locale)).toBe(expected);
  });

  it.each([
    ["dot segments out of the locale (the reported open redirect)", "/en/..//evil.example/login"],
    ["encoded dot segments", "/en/%2e%2e//evil.example/login"],
    ["mixed encoded dot segments", "/en/.%2E//evil.example"],
    ["dot segments to another locale", "/en/../zh/tracker"],
    ["dot segments to the root", "/en/.."],
    ["an empty segment after the locale", "/en//evil.example"],
    ["CR LF", "/en/tracker\r\nSet-Cookie: x=1"],
    ["a NUL", "/en/\u0000"],
    ["a tab", "/en/\ttracker"],
    ["a backslash", "/en/\\evil.example"],
    ["a backslash after dot segments", "/en/..\\/evil.example"],
    ["another origin", "https://evil.example/en/tracker"],
    ["a protocol-relative URL", "//evil.example/en/"],
    ["a scheme-relative URL with a locale-looking host", "//en/tracker"],
    ["another locale", "/zh/tracker"],
    ["a lookalike prefix", "/english/tracker"],
    ["a relative path", "en/tracker"],
    ["javascript:", "javascript:alert(1)"],
    ["not a string", ["/en/tracker"]],
    ["too long", `/en/${"a".repeat(3000)}`],
  ])("refuses %s", (_label, value) => {
    expect(safeReturnPath(value, "en")).toBeNull();
  });

  // Random paths built from the pieces attacks are made of: slashes, dots and their encodings,
  // backslashes, hosts, schemes, control and unicode characters.
  const piece = fc.oneof(
    fc.constantFrom(
      "/",
      "//",
      ".",
      "..",
      "%2e",
      "%2E%2e",
      "%2f",
      "%5c",
      "\\",
      "en",
      "zh",
      "evil.example",
      "@",
      ":",
      "http:",
      "?",
      "#",
      "%00",
      "\r\n",
      "\t",
      "注销",
      "ｅｎ",
      "\u2215",
      "\uff0f",
      " ",
    ),
    fc.string({ maxLength: 4 }),
    fc.string({ unit: "grapheme", maxLength: 3 }),
  );
  const path = fc
    .array(piece, { maxLength: 12 })
    .chain((pieces) =>
      fc.constantFrom("", "/", "/en", "/en/", "/zh/").map((start) => start + pieces.join("")),
    );

  it("never answers anything but a path under the locale, for any input", () => {
    fc.assert(
      fc.property(path, fc.constantFrom("en", "zh"), (value, locale) => {
        expectSafe(safeReturnPath(value, locale), locale);
      }),
      { numRuns: 5000 },
    );
  });
});
