import type { NoticeRule } from "@/lib/content/operator-schema";

/** An operator as the tracker offers it: with its notice rule, when the operator data has one. */
export type ProviderOption = {
  id: string;
  name: string;
  notice: { rule: NoticeRule; confirmed: boolean; billsToEndOfInvoicePeriod: boolean } | null;
};

/** The name to show for a case's provider: the operator's, or what the user typed for "other". */
export function providerName(
  c: { provider: string; providerName: string | null },
  options: readonly ProviderOption[],
): string {
  return c.provider === "other"
    ? (c.providerName ?? "")
    : (options.find((o) => o.id === c.provider)?.name ?? c.provider);
}
