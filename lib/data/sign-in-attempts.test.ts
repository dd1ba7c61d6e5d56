import { beforeAll, describe, expect, it } from "vitest";
import { migratedDb } from "@/test/database";
import {
  clientOf,
  isSignInAllowed,
  mailboxKey,
  recordSignInAttempt,
  signInLimits,
} from "./sign-in-attempts";

beforeAll(() => migratedDb());

describe("sign-in rate limits", () => {
  it("allows a few links per address, then refuses until the window has passed", () => {
    const now = Date.parse("2026-11-25T10:00:00Z");
    for (let i = 0; i < signInLimits.perEmail; i++)
      expect(recordSignInAttempt("A@Example.test", `10.0.0.${i}`, now + i)).toBe(true);
    // Same address in another case, from yet another client: still the same address.
    expect(recordSignInAttempt("a@example.test ", "10.0.0.99", now + 10)).toBe(false);
    expect(isSignInAllowed("a@example.test", "10.0.0.98", now + 10)).toBe(false);
    expect(isSignInAllowed("a@example.test", "10.0.0.98", now + signInLimits.windowMs + 10)).toBe(
      true,
    );
  });

  it("counts every +tag of a mailbox against the mailbox's one limit", () => {
    const now = Date.parse("2026-11-27T10:00:00Z");
    for (let i = 0; i < signInLimits.perEmail; i++)
      expect(recordSignInAttempt(`tagged+${i}@example.test`, `10.1.0.${i}`, now)).toBe(true);
    expect(recordSignInAttempt("tagged+fresh@example.test", "10.1.0.99", now)).toBe(false);
    expect(recordSignInAttempt("tagged@example.test", "10.1.0.98", now)).toBe(false);
    expect(recordSignInAttempt("tagged2@example.test", "10.1.0.97", now)).toBe(true);
  });

  it.each([
    ["name+news@example.com", "name@example.com"],
    ["Name+A+B@Example.com", "name@example.com"],
    ["name@example.com", "name@example.com"],
    ["+only@example.com", "+only@example.com"],
  ])("keys %s as the mailbox %s", (email, key) => {
    expect(mailboxKey(email)).toBe(key);
  });

  it("limits one client asking for many addresses", () => {
    const now = Date.parse("2026-11-26T10:00:00Z");
    for (let i = 0; i < signInLimits.perClient; i++)
      expect(recordSignInAttempt(`u${i}@example.test`, "192.0.2.1", now)).toBe(true);
    expect(recordSignInAttempt("fresh@example.test", "192.0.2.1", now)).toBe(false);
    expect(recordSignInAttempt("fresh@example.test", "192.0.2.2", now)).toBe(true);
  });

  it("keys a client by the one address the server vouches for, an IPv6 client by its /64", () => {
    expect(clientOf(new Headers({ "x-forwarded-for": "203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientOf(new Headers({ "x-forwarded-for": "2001:db8:85a3:12::8a2e:370:7334" }))).toBe(
      "2001:db8:85a3:12::/64",
    );
    expect(clientOf(new Headers({ "x-forwarded-for": "2001:DB8:85a3:0012:ffff:1:2:3" }))).toBe(
      "2001:db8:85a3:12::/64",
    );
    expect(clientOf(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8:0:0::/64");
    expect(clientOf(new Headers({ "x-forwarded-for": "::1" }))).toBe("0:0:0:0::/64");
    expect(clientOf(new Headers())).toBe("unknown");
  });
});
