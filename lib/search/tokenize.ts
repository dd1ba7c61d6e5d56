/**
 * Chinese is written without spaces, so a whitespace tokenizer finds nothing in it. Latin and
 * digit runs stay whole words; every run of Han characters becomes overlapping two-character
 * pairs (携号转网 → 携号 号转 转网), plus the single character for one-character runs. A Han
 * run glued to Latin letters is split from them first: "telenor注销" is "telenor" + "注销".
 */
const hanChar = String.raw`\u3400-\u9fff\uf900-\ufaff`;
const tokenPattern = new RegExp(String.raw`[${hanChar}]+|(?:(?![${hanChar}])[\p{L}\p{N}])+`, "gu");
const hanRun = new RegExp(String.raw`^[${hanChar}]+$`, "u");

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.matchAll(tokenPattern)) {
    if (!hanRun.test(run)) {
      tokens.push(run.toLowerCase());
    } else if (run.length === 1) {
      tokens.push(run);
    } else {
      for (let i = 0; i < run.length - 1; i++) tokens.push(run.slice(i, i + 2));
    }
  }
  return tokens;
}
