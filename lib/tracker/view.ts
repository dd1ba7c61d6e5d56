import "server-only";
import type { ProviderOption } from "@/components/tracker/case-form";
import { getOperatorData } from "@/lib/content/operators";
import type { CaseDto } from "@/lib/data/case-dto";

/** The tracker's provider list comes from the operator data, with each operator's notice rule. */
export async function providerOptions(): Promise<ProviderOption[]> {
  const { operators } = await getOperatorData();
  return operators.map((o) => ({ id: o.id, name: o.name, notice: o.notice ? { rule: o.notice.rule, confirmed: o.notice.source !== null } : null }));
}

export function providerName(c: Pick<CaseDto, "provider" | "providerName">, options: ProviderOption[]): string {
  return c.provider === "other" ? (c.providerName ?? "") : (options.find((o) => o.id === c.provider)?.name ?? c.provider);
}

/** The case as form values (what the edit form starts from). */
export function caseFormValues(c: CaseDto): Record<string, string> {
  const on = (v: boolean) => (v ? "on" : "");
  return {
    provider: c.provider,
    providerName: c.providerName ?? "",
    subscriptionType: c.subscriptionType,
    phoneNumber: c.phoneNumber,
    foreignNumber: on(!c.phoneNumber.startsWith("+47")),
    customerNumber: c.customerNumber ?? "",
    channel: c.channel,
    submittedOn: c.submittedOn ?? "",
    confirmationReference: c.confirmationReference ?? "",
    confirmedOn: c.confirmedOn ?? "",
    endsOn: c.endsOn ?? "",
    finalBillChecked: on(c.finalBillChecked),
    creditRefundAsked: on(c.creditRefundAsked),
    hasEquipment: on(c.hasEquipment),
    equipmentReturned: on(c.equipmentReturned),
    notes: c.notes ?? "",
  };
}
