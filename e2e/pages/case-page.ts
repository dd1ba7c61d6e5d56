import { expect, type Locator, type Page } from "@playwright/test";
import { catalogs, type Locale } from "./catalogs";

type Move = keyof (typeof catalogs)["en"]["tracker"]["moveTo"];

/** One case's page: its status forms, checklist, reminders, timeline and progress line. */
export class CasePage {
  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {}

  get t() {
    return catalogs[this.locale];
  }

  /** The small form behind one status button ("I have sent the cancellation"…). */
  statusForm(to: Move): Locator {
    return this.page.locator("form", {
      has: this.page.getByRole("button", { name: this.t.tracker.moveTo[to], exact: true }),
    });
  }

  async move(
    to: Move,
    fields: Partial<
      Record<"submittedOn" | "confirmedOn" | "endsOn" | "confirmationReference", string>
    > = {},
  ) {
    const form = this.statusForm(to);
    for (const [name, value] of Object.entries(fields))
      await form
        .getByLabel(
          this.t.caseForm.fields[name as keyof (typeof catalogs)["en"]["caseForm"]["fields"]],
          { exact: true },
        )
        .fill(value);
    await form.getByRole("button", { name: this.t.tracker.moveTo[to], exact: true }).click();
  }

  region(name: string): Locator {
    return this.page.getByRole("region", { name });
  }

  get timeline(): Locator {
    return this.region(this.t.tracker.timeline);
  }

  get reminders(): Locator {
    return this.region(this.t.tracker.reminders.title);
  }

  get progress(): Locator {
    return this.page.getByRole("list", { name: this.t.tracker.progress.label });
  }

  async expectStatus(status: keyof (typeof catalogs)["en"]["tracker"]["status"]) {
    await expect(this.page.locator("#status")).toContainText(this.t.tracker.status[status]);
  }

  checklistButton(
    item: keyof (typeof catalogs)["en"]["tracker"]["checklist"],
    done: boolean,
  ): Locator {
    const label = this.t.tracker.checklist[item];
    return this.page.getByRole("button", {
      name: `${done ? this.t.tracker.untick : this.t.tracker.tick}: ${label}`,
    });
  }
}
