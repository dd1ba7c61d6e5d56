import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { toXlsx } from "./xlsx";

describe("CSV for spreadsheets in Norway", () => {
  it("starts with a UTF-8 BOM, separates with ';', uses CRLF, quotes every cell and keeps Chinese intact", () => {
    const csv = toCsv(
      ["运营商", "备注"],
      [
        ["Telenor", '说了 "明天"; 再说\n第二行'],
        ["Ice", null],
      ],
    );
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1)).toBe(
      '"运营商";"备注"\r\n"Telenor";"说了 ""明天""; 再说\n第二行"\r\n"Ice";\r\n',
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

  it("writes phone numbers with 00 for +, so no apostrophe shows in the cell", () => {
    expect(toCsv(["n", "phone"], [["+47", "+47 912 34 567"]], { phoneColumns: [1] }).slice(1)).toBe(
      `"n";"phone"\r\n"'+47";"0047 912 34 567"\r\n`,
    );
  });
});

describe("XLSX", () => {
  it("holds every value as typed text: formulas stay text, phone numbers keep their +", async () => {
    const file = await toXlsx(
      ["运营商", "号码", "备注"],
      [
        ["Telenor", "+47 912 34 567", '=HYPERLINK("http://x")'],
        ["Ice", "+47 412 34 567", null],
      ],
    );
    const [sheet] = await readXlsxFile(file);
    expect(sheet!.data).toEqual([
      ["运营商", "号码", "备注"],
      ["Telenor", "+47 912 34 567", '=HYPERLINK("http://x")'],
      ["Ice", "+47 412 34 567", null],
    ]);
  });
});
