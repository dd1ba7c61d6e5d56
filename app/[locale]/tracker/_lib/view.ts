import "server-only";
import { getOperatorData } from "@/lib/content/operators";
import type { ProviderOption } from "@/lib/tracker/providers";

/** The tracker's provider list comes from the operator data, with each operator's notice rule. */
export async function providerOptions(): Promise<ProviderOption[]> {
  const { operators } = await getOperatorData();
  return operators.map((o) => ({
    id: o.id,
    name: o.name,
    notice: o.notice
      ? {
          rule: o.notice.rule,
          confirmed: o.notice.source !== null,
          billsToEndOfInvoicePeriod: !!o.notice.billsToEndOfInvoicePeriod,
        }
      : null,
  }));
}
