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
  ["回国", "离开挪威", "搬走", "出国", "离境", "移居国外"],
  ["雇主", "公司", "单位", "老板"],
  ["付费", "付的", "支付", "出钱", "报销"],
  ["去世", "过世", "死亡", "离世", "遗产"],
  ["撤销权", "退订权", "撤销", "反悔", "后悔", "冷静期", "angrerett"],
  ["路由器", "调制解调器", "设备"],
  ["盗号", "被盗", "劫持", "sim卡被换", "sim swap"],
];

/**
 * The query as typed plus its synonym swaps, combined across groups ("公司付的手机" also as
 * "单位付费手机"), the typed words first; at most `limit` variants.
 */
export function queryVariants(query: string, limit = 12): string[] {
  const typed = query.toLowerCase();
  let variants = [typed];
  for (const group of synonymGroups) {
    for (const word of group) {
      const pattern = wordPattern(word);
      if (!pattern.test(typed)) continue;
      // Each variant so far, then the same with each other word of the group; capped at once,
      // so a query that hits every group costs `limit` variants, not their product.
      const swapped = group
        .filter((other) => other !== word)
        .flatMap((other) =>
          variants.filter((v) => pattern.test(v)).map((v) => v.replace(pattern, ` ${other} `)),
        );
      variants = [...new Set([...variants, ...swapped])].slice(0, limit);
      break; // one swap per group: the first member found (longer forms come before their parts)
    }
  }
  return variants;
}

/**
 * Where a group's word occurs in a query: spaces inside it optional (SIM 卡), and a word that
 * starts or ends in a Latin letter not inside a longer Latin word ("sim" is not in "this important").
 */
function wordPattern(word: string): RegExp {
  const body = [...word].map(escape).join(String.raw`\s*`);
  const before = /^[a-z]/.test(word) ? "(?<![a-z])" : "";
  const after = /[a-z]$/.test(word) ? "(?![a-z])" : "";
  return new RegExp(before + body + after);
}

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
