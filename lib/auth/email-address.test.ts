import { describe, expect, it } from "vitest";
import { normalizeEmailAddress } from "./email-address";

describe("normalizeEmailAddress", () => {
  it("accepts ordinary addresses and normalizes them", () => {
    expect(normalizeEmailAddress("  Mei.Lin+si-opp@Example.NO ")).toBe("mei.lin+si-opp@example.no");
    expect(normalizeEmailAddress("12345678@qq.com")).toBe("12345678@qq.com");
    expect(normalizeEmailAddress("a@b.co")).toBe("a@b.co");
    expect(normalizeEmailAddress("ａｂｃ@ｅｘａｍｐｌｅ.ｔｅｓｔ")).toBe("abc@example.test"); // full-width, as typed on a Chinese keyboard
  });

  it.each([
    ["two recipients", "x1,victim@example.test"],
    ["a list", "victim@example.test, attacker@evil.example"],
    ["CR LF in the local part", "victim\r\nbcc: attacker@evil.example"],
    ["CR LF after the address", "victim@example.test\r\nBcc: attacker@evil.example"],
    ["a quoted local part", '"attacker@evil.example"@example.test'],
    ["a display name", "Victim <victim@example.test>"],
    ["a full-width at sign turning into two", "attacker@evil.example＠example.test"],
    ["no domain dot", "victim@localhost"],
    ["an IP literal", "victim@[127.0.0.1]"],
    ["a space", "vic tim@example.test"],
    ["a NUL", "victim\u0000@example.test"],
    ["two dots", "victim..x@example.test"],
    ["too long", `${"a".repeat(65)}@example.test`],
    ["empty", ""],
    ["not a string", 42],
  ])("rejects %s", (_label, value) => {
    expect(normalizeEmailAddress(value)).toBeNull();
  });
});
