import { catalogs, type Locale } from "./catalogs";
import type { Locator, Page } from "@playwright/test";

type FieldName = keyof (typeof catalogs)["en"]["caseForm"]["fields"];
export type CaseFormValues = Partial<
  Record<"provider" | "subscriptionType" | "channel", string> &
    Record<
      | "phoneNumber"
      | "customerNumber"
      | "submittedOn"
      | "confirmationReference"
      | "confirmedOn"
      | "endsOn"
      | "notes"
      | "providerName",
      string
    > &
    Record<"foreignNumber" | "finalBillChecked" | "hasEquipment" | "creditRefundAsked", boolean>
>;

/** The create and edit form of a case, in either language. */
export class CaseFormPage {
  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {}

  get t() {
    return catalogs[this.locale];
  }

  field(name: FieldName): Locator {
    return this.page.getByLabel(this.t.caseForm.fields[name], { exact: true });
  }

  async openNew() {
    await this.page.goto(`/${this.locale}/tracker/new`);
  }

  async fill(values: CaseFormValues) {
    for (const [name, value] of Object.entries(values) as [FieldName, string | boolean][]) {
      const field = this.field(name);
      if (typeof value === "boolean") await field.setChecked(value);
      else if (["provider", "subscriptionType", "channel"].includes(name))
        await field.selectOption(value);
      else await field.fill(value);
    }
  }

  async create() {
    await this.page.getByRole("button", { name: this.t.tracker.create, exact: true }).click();
  }

  async save() {
    await this.page.getByRole("button", { name: this.t.tracker.save, exact: true }).click();
  }

  /** The error summary at the top of the form (it takes the focus after a failed submit). */
  get errorSummary(): Locator {
    return this.page.getByRole("alert").filter({ hasText: this.t.errors.fixBelow });
  }
}
