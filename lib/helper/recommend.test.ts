import { describe, expect, it } from "vitest";
import { parseAnswers, questions, recommend, type Answers } from "./recommend";

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

  it("asks a reader who keeps the number to ask before withdrawing (it can end the number)", () => {
    expect(keys({ ...base, keep: "yes", recent: "yes" })).toEqual([
      "withdraw-keep",
      "port",
      "operator",
    ]);
  });

  it("warns about binding periods when bound or unsure, and about prepaid credit", () => {
    expect(keys({ ...base, binding: "unsure", type: "prepaid" })).toEqual([
      "binding",
      "prepaid",
      "move-codes",
      "cancel",
      "operator",
    ]);
  });

  // Every combination of answers: costs and credit are looked at while they can still change the
  // decision, codes are moved before the number goes, and the irreversible step comes last.
  const everyAnswer = questions.keep.flatMap((keep) =>
    questions.type.flatMap((type) =>
      questions.binding.flatMap((binding) =>
        questions.recent.map((recent) => ({ keep, type, binding, recent }) as Answers),
      ),
    ),
  );
  it.each(everyAnswer)("orders the steps safely for %o", (answers) => {
    const order = keys(answers);
    const irreversible = order.findIndex((k) => k === "port" || k === "cancel");
    expect(irreversible).toBeGreaterThanOrEqual(0);
    for (const before of [
      "withdraw",
      "withdraw-keep",
      "binding",
      "prepaid",
      "move-codes",
    ] as const) {
      if (order.includes(before)) expect(order.indexOf(before)).toBeLessThan(irreversible);
    }
    if (answers.recent === "yes")
      expect(order[0]).toBe(answers.keep === "yes" ? "withdraw-keep" : "withdraw");
    expect(order.includes("binding")).toBe(answers.binding !== "no");
    expect(order.includes("prepaid")).toBe(answers.type === "prepaid");
    expect(order.includes("cancel")).toBe(answers.keep === "no");
    expect(order.at(-1)).toBe("operator");
    expect(new Set(order).size).toBe(order.length);
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
    expect(result).toEqual({
      status: "incomplete",
      missing: ["type", "binding", "recent"],
      given: { keep: "yes" },
    });
  });

  it("accepts a full set of answers", () => {
    expect(
      parseAnswers({ keep: "yes", type: "prepaid", binding: "no", recent: ["no", "yes"] }),
    ).toEqual({
      status: "complete",
      answers: { keep: "yes", type: "prepaid", binding: "no", recent: "no" },
    });
  });
});
