/**
 * The general guide's (generalGuideSlug) "before you cancel" checklist, per case: each item links to the guide
 * section that explains it. Porting keeps the number, so the items about moving what depends
 * on the number do not apply then.
 */
export const checklistItems = [
  { key: "prepaid-credit", section: "prepaid-credit" },
  { key: "backups", section: "backups" },
  { key: "bankid-bank-number", section: "move-codes" },
  { key: "vipps", section: "move-codes" },
  { key: "sms-codes", section: "move-codes" },
  { key: "payments", section: "move-codes" },
  { key: "documents", section: "documents" },
] as const;
export type ChecklistKey = (typeof checklistItems)[number]["key"];

/** What stops working with the number: these must be moved before the service ends. */
export const numberDependentItems: readonly ChecklistKey[] = [
  "bankid-bank-number",
  "vipps",
  "sms-codes",
  "payments",
];

export function checklistFor(input: { subscriptionType: string; channel: string }) {
  return checklistItems.filter((item) => {
    if (item.key === "prepaid-credit") return input.subscriptionType === "prepaid";
    if (numberDependentItems.includes(item.key)) return input.channel !== "porting";
    return true;
  });
}
