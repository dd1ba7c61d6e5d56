import { describe, expect, it } from "vitest";
import { parseAnswers, recommend, type Answers } from "./recommend";

const base: Answers = { keep: "no", type: "subscription", binding: "no", recent: "no" };
const keys = (answers: Answers) => recommend(answers, "en").map((s) => s.key);

describe("recommend", () => {
  it("sends someone keeping the number to porting, never to cancelling", () => {
    const steps = recommend({ ...base, keep: "yes" }, "en");
    expect(steps.map((s) => s.key)).toEqual(["port", "operator"]);
    expect(steps[0]!.href).toBe("/en/guides/port-instead-of-cancel");
  });

  it("has someone letting the number go move their codes before cancelling", () => {
    expect(keys(base)).toEqual(["move-codes", "cancel", "operator"]);
  });

  it("puts the 14-day withdrawal first when it applies", () => {
    expect(keys({ ...base, recent: "yes" })[0]).toBe("withdraw");
  });

  it("warns about binding periods when bound or unsure, and about prepaid credit", () => {
    expect(keys({ ...base, binding: "unsure", type: "prepaid" })).toEqual(["move-codes", "cancel", "binding", "prepaid", "operator"]);
  });

  it("links in the reader's locale", () => {
    expect(recommend(base, "zh").every((s) => s.href.startsWith("/zh/"))).toBe(true);
  });
});

describe("parseAnswers", () => {
  it("is empty before any answer", () => {
    expect(parseAnswers({})).toEqual({ status: "empty" });
  });

  it("reports exactly the questions left unanswered or tampered with", () => {
    const result = parseAnswers({ keep: "yes", type: "bogus" });
    expect(result).toEqual({ status: "incomplete", missing: ["type", "binding", "recent"], given: { keep: "yes" } });
  });

  it("accepts a full set of answers", () => {
    expect(parseAnswers({ keep: "yes", type: "prepaid", binding: "no", recent: ["no", "yes"] })).toEqual({
      status: "complete",
      answers: { keep: "yes", type: "prepaid", binding: "no", recent: "no" },
    });
  });
});
