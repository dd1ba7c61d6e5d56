import writeXlsxFile from "write-excel-file/node";

/**
 * An .xlsx workbook of one sheet, written by write-excel-file: every cell a typed text cell, so
 * nothing a user typed can become a formula, no separator has to be guessed, and a phone number
 * keeps its "+". The header row is bold and frozen.
 */
export async function toXlsx(
  header: readonly string[],
  rows: readonly (readonly (string | null)[])[],
): Promise<Buffer> {
  const text = (value: string | null, fontWeight?: "bold") =>
    value === null ? null : { type: String, value, ...(fontWeight ? { fontWeight } : {}) };
  const data = [header.map((h) => text(h, "bold")), ...rows.map((row) => row.map((v) => text(v)))];
  return writeXlsxFile(data, { stickyRowsCount: 1 }).toBuffer();
}
