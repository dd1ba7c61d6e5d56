/**
 * CSV as spreadsheet programs in Norway read it: cells separated by ";" (the list separator of a
 * Norwegian Excel, which opens a comma-separated file as one column), RFC 4180 quoting, CRLF line
 * ends, and a UTF-8 byte order mark, without which Excel opens Chinese text as mojibake. Every
 * cell is quoted, so a ";" inside one never starts another. A cell that starts with = + - @ (or a
 * tab/carriage return) is prefixed with an apostrophe so a spreadsheet never runs it as a formula
 * (CSV injection): notes and names are typed by users. Columns of phone numbers are written with
 * "00" for "+", which needs no apostrophe (Excel would show it). The XLSX export has none of
 * these compromises (lib/export/xlsx.ts).
 */
export const csvSeparator = ";";

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | null)[])[],
  options: { phoneColumns?: readonly number[] } = {},
): string {
  const phones = new Set(options.phoneColumns ?? []);
  const body = rows.map((row) =>
    row.map((value, i) => (phones.has(i) && value ? value.replace(/^\+/, "00") : value)),
  );
  const lines = [header, ...body].map((row) => row.map(cell).join(csvSeparator));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function cell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}
