import { describe, expect, it } from "vitest";
import { aside, enumerate } from "./typography";

describe("typography", () => {
  it("brackets an aside with full-width brackets and no space in Chinese", () => {
    expect(`下月 1 日起一个月${aside("据报道，未核实", "zh")}`).toBe(
      "下月 1 日起一个月（据报道，未核实）",
    );
    expect(`one month${aside("reported", "en")}`).toBe("one month (reported)");
  });

  it("joins a list with 、 in Chinese and commas in English", () => {
    expect(enumerate(["电话", "在线客服", "门店"], "zh")).toBe("电话、在线客服、门店");
    expect(enumerate(["phone", "chat"], "en")).toBe("phone, chat");
  });
});
