import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize";

describe("tokenize", () => {
  it("keeps Latin words whole and lowercases them", () => {
    expect(tokenize("Telenor: 915 09000, Min side!")).toEqual([
      "telenor",
      "915",
      "09000",
      "min",
      "side",
    ]);
  });

  it("splits Chinese runs into overlapping pairs", () => {
    expect(tokenize("携号转网")).toEqual(["携号", "号转", "转网"]);
  });

  it("keeps a single Chinese character and handles mixed text", () => {
    expect(tokenize("在 Telenor 注销，网")).toEqual(["在", "telenor", "注销", "网"]);
  });

  it("keeps Norwegian letters inside words", () => {
    expect(tokenize("Brukerklagenemnda dødsbo")).toEqual(["brukerklagenemnda", "dødsbo"]);
  });
});

describe("tokenize mixed runs", () => {
  it("splits Chinese glued to Latin letters or digits", () => {
    expect(tokenize("telenor注销")).toEqual(["telenor", "注销"]);
    expect(tokenize("SIM卡丢了")).toEqual(["sim", "卡丢", "丢了"]);
    expect(tokenize("ice携号转网")).toEqual(["ice", "携号", "号转", "转网"]);
    expect(tokenize("Vipps换号")).toEqual(["vipps", "换号"]);
  });
});
