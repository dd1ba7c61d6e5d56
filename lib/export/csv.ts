/**
 * CSV as spreadsheet programs read it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order
 * mark, without which Excel opens Chinese text as mojibake. Every cell is quoted: a Norwegian
 * Excel splits on ";" rather than ",", and an unquoted "x;=…" would start a new cell. A cell that
 * starts with = + - @ (or a tab/carriage return) is prefixed with an apostrophe so a spreadsheet
 * never runs it as a formula (CSV injection): notes and names are typed by users.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function cell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}
