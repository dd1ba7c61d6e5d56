/**
 * Chinese is written without spaces, so a whitespace tokenizer finds nothing in it. Latin and
 * digit runs stay whole words; every run of CJK characters becomes overlapping two-character
 * pairs (携号转网 → 携号 号转 转网), plus the single character for one-character runs. With AND
 * matching, a query's pairs must all occur, which keeps Chinese results precise.
 */
const tokenPattern = /[\u3400-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}]+/gu;
const cjkRun = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.matchAll(tokenPattern)) {
    if (!cjkRun.test(run)) {
      tokens.push(run.toLowerCase());
    } else if (run.length === 1) {
      tokens.push(run);
    } else {
      for (let i = 0; i < run.length - 1; i++) tokens.push(run.slice(i, i + 2));
    }
  }
  return tokens;
}
