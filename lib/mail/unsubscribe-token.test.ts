import { describe, expect, it } from "vitest";
import { unsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

describe("unsubscribe tokens", () => {
  const secret = "test-secret-0123456789";
  it("round-trip for a user and a kind", () => {
    const token = unsubscribeToken("user-1", "follow-up", secret);
    expect(verifyUnsubscribeToken(token, secret)).toEqual({ userId: "user-1", scope: "follow-up" });
  });

  it("reject forged, altered and foreign tokens", () => {
    const token = unsubscribeToken("user-1", "follow-up", secret);
    const [payload] = token.split(".");
    const otherPayload = Buffer.from("user-2|all").toString("base64url");
    expect(verifyUnsubscribeToken(`${otherPayload}.${token.split(".")[1]}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(`${payload}.AAAA`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(token, "another-secret-0123456789")).toBeNull();
    expect(verifyUnsubscribeToken("garbage", secret)).toBeNull();
    expect(
      verifyUnsubscribeToken(unsubscribeToken("user-1", "all", secret) + ".x", secret),
    ).toBeNull();
  });
});
