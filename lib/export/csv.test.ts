import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("CSV for spreadsheets", () => {
  it("starts with a UTF-8 BOM, uses CRLF, quotes what needs quoting and keeps Chinese intact", () => {
    const csv = toCsv(
      ["运营商", "备注"],
      [
        ["Telenor", '说了 "明天", 再说\n第二行'],
        ["Ice", null],
      ],
    );
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1)).toBe(
      '"运营商","备注"\r\n"Telenor","说了 ""明天"", 再说\n第二行"\r\n"Ice",\r\n',
    );
  });
  it("never lets a cell run as a spreadsheet formula", () => {
    expect(
      toCsv(
        ["n"],
        [['=HYPERLINK("http://x")'], ["+47 912"], ["-1"], ["@SUM(A1)"], ["x;=cmd|' /C calc'!A0"]],
      ).slice(1),
    ).toBe(
      `"n"\r\n"'=HYPERLINK(""http://x"")"\r\n"'+47 912"\r\n"'-1"\r\n"'@SUM(A1)"\r\n"x;=cmd|' /C calc'!A0"\r\n`,
    );
  });
});
