/**
 * Words readers type for the same thing. A query containing one is also searched with each of
 * the others, and the best-matching wording counts. Kept small and literal: every group is a
 * query someone typed that found nothing before (lower case; spaces inside a word are optional).
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ["丢失", "丢了", "遗失", "弄丢", "丢"],
  ["换号", "改号", "更换号码", "换号码", "换手机号"],
  ["注销", "取消", "解约", "退订", "销号", "终止"],
  ["iccid", "sim卡序列号", "sim序列号", "序列号", "卡号"],
  ["携号转网", "转网", "号码转移", "带号转网"],
  ["sim卡", "sim"],
  ["欠费", "没付", "未付", "账单没交"],
  ["回国", "离开挪威", "搬走"],
];

/** The query as typed plus each synonym swap (one swap at a time; at most `limit` variants). */
export function queryVariants(query: string, limit = 12): string[] {
  const typed = query.toLowerCase();
  const variants = new Set([typed]);
  for (const group of synonymGroups) {
    for (const word of group) {
      const pattern = new RegExp([...word].map(escape).join(String.raw`\s*`));
      if (!pattern.test(typed)) continue;
      for (const other of group)
        if (other !== word) variants.add(typed.replace(pattern, ` ${other} `));
      break; // one swap per group: the first member found (longer forms come before their parts)
    }
  }
  return [...variants].slice(0, limit);
}

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
