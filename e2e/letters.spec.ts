import ICAL from "ical.js";
import readXlsxFile from "read-excel-file/node";
import { formatDateOnly } from "@/lib/format-date";
import { addDays, todayIn } from "@/lib/tracker/dates";
import { seriousViolations } from "./axe";
import { watchCspViolations } from "./csp";
import { createCase, expect, test } from "./fixtures";
import { catalogs } from "./pages/catalogs";

// Letters, the case file, the calendar feed and the CSV export, in a real browser against the
// production build: what a user does with a case once the Norwegian has to be written.

const today = todayIn("Europe/Oslo", new Date());
const en = catalogs.en;
const zh = catalogs.zh;

test("a cancellation letter: asked, written in Norwegian with its meaning, printed, sent — and the case moves on", async ({
  page,
  signedIn,
}) => {
  void signedIn;
  const csp = watchCspViolations(page);
  const caseId = await createCase(page.request, {
    provider: "chilimobil",
    phoneNumber: "91234567",
    customerNumber: "K-7788",
  });
  await page.goto(`/en/tracker/${caseId}`);
  const letters = page.getByRole("region", { name: en.tracker.lettersTitle });
  await letters
    .getByRole("link", {
      name: `${en.letters.prepare}: ${en.letters.kind.cancellation}`,
      exact: true,
    })
    .click();

  // Keeping the name and birth date on the account is opt-in.
  await expect(page.getByLabel(en.letters.fields.remember)).not.toBeChecked();
  // Moving the number instead: no cancellation, and the reason next to the field.
  await page.getByLabel(en.letters.fields.fullName).fill("Li Wei");
  await page.getByLabel(en.letters.fields.portingYes).check();
  await page.getByLabel(en.letters.fields.endEarliest).check();
  await page.getByRole("button", { name: en.letters.submit }).click();
  await expect(page.getByRole("group", { name: en.letters.fields.porting })).toContainText(
    en.errors.portingNoCancellation,
  );
  await expect(page.getByLabel(en.letters.fields.fullName)).toHaveValue("Li Wei");

  await page.getByLabel(en.letters.fields.portingNo).check();
  await page.getByRole("button", { name: en.letters.submit }).click();
  await expect(page).toHaveURL(/\/letters\/[\w-]+$/);
  const body = page.getByRole("textbox", { name: en.letters.copyTitle });
  await expect(body).toHaveValue(
    /Jeg sier opp mobilabonnementet mitt på nummer \+47 912 34 567 med virkning fra tidligst mulig dato\./,
  );
  await expect(body).toHaveValue(/Kundenummeret mitt er K-7788\./);
  await expect(body).toHaveValue(/Med vennlig hilsen\nLi Wei\nMobilnummer: \+47 912 34 567/);
  await expect(body).not.toHaveValue(/Fødselsdato|\{/);
  await expect(
    page.getByText(
      "I am cancelling my mobile subscription on number +47 912 34 567 from the earliest possible date.",
    ),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await expect(
    page.getByRole("link", {
      name: en.letters.mailto.replace("{address}", "kundeservice@chilimobil.no"),
    }),
  ).toHaveAttribute(
    "href",
    /^mailto:kundeservice@chilimobil\.no\?subject=Oppsigelse%20av%20mobilabonnement/,
  );

  // The print view: the letter alone on the sheet.
  await page.getByRole("link", { name: en.letters.print }).click();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Oppsigelse av mobilabonnement på nummer +47 912 34 567",
  );
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: en.letters.printNow })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.goBack();

  await page.getByLabel(en.letters.sentOnField).fill(addDays(today, -1));
  await page.getByRole("button", { name: en.letters.saveSent }).click();
  await expect(page).toHaveURL(new RegExp(`/en/tracker/${caseId}\\?saved=letter-sent`));
  await expect(page.getByText(en.tracker.status.submitted, { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: en.tracker.timeline })).toContainText(
    en.tracker.event.letterPrepared.replace("{kind}", en.letters.kind.cancellation),
  );
  await expect(page.getByRole("region", { name: en.tracker.timeline })).toContainText(
    en.tracker.event.letterSent.split(":")[0]!,
  );

  // The case file: the letter as prepared and sent, and the timeline.
  await page.getByRole("link", { name: en.letters.caseFile }).click();
  await expect(page.getByRole("region", { name: en.letters.lettersSection })).toContainText(
    "Jeg sier opp mobilabonnementet mitt",
  );
  await expect(page.getByRole("region", { name: en.tracker.timeline })).toContainText(
    en.letters.kind.cancellation,
  );
  expect(await seriousViolations(page)).toEqual([]);
  expect(csp).toEqual([]);
});

test("[zh] a withdrawal warns about the number, states the agreement's date and, sent, goes on the timeline without moving the case; the employer letter offers no operator e-mail", async ({
  page,
  signedIn,
}) => {
  void signedIn;
  const caseId = await createCase(page.request, { provider: "chilimobil" });
  await page.goto(`/zh/tracker/${caseId}`);
  const letters = page.getByRole("region", { name: zh.tracker.lettersTitle });
  await letters
    .getByRole("link", { name: `${zh.letters.prepare}: ${zh.letters.kind.withdrawal}` })
    .click();
  await expect(page.getByText(zh.letters.withdrawalNote)).toBeVisible();
  await page.getByLabel(zh.letters.fields.fullName).fill("Li Wei");
  await page.getByRole("button", { name: zh.letters.submit }).click();
  await expect(page.locator("#agreedOn-error")).toHaveText(zh.errors.required);
  const agreedOn = addDays(today, -3);
  await page.getByLabel(zh.letters.fields.agreedOn).fill(agreedOn);
  await page.getByRole("button", { name: zh.letters.submit }).click();
  const body = page.getByRole("textbox", { name: zh.letters.copyTitle });
  await expect(body).toHaveValue(/Jeg underretter herved om at jeg ønsker å gå fra min avtale/);
  await expect(body).toHaveValue(
    new RegExp(`Avtalen ble inngått den ${formatDateOnly(agreedOn, "nb-NO")}\\.`),
  );
  await expect(
    page.getByText("我特此通知，我要退出以下服务的购买协议", { exact: false }),
  ).toBeVisible();
  await page.getByLabel(zh.letters.sentOnField).fill(today);
  await page.getByRole("button", { name: zh.letters.saveSent }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/tracker/${caseId}\\?saved=letter-sent`));
  // A withdrawal ends the agreement at once, not after a notice period the tracker would count
  // from this day: the case keeps its status, and the sending is on the timeline.
  await expect(page.getByText(zh.tracker.status.planned, { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: zh.tracker.timeline })).toContainText(
    zh.tracker.event.letterSent.split("：")[0]!,
  );

  // A letter to the employer goes to the employer: no button to e-mail the operator.
  const work = await createCase(page.request, { provider: "chilimobil", phoneNumber: "91234568" });
  await page.goto(`/zh/tracker/${work}`);
  await page
    .getByRole("region", { name: zh.tracker.lettersTitle })
    .getByRole("link", {
      name: `${zh.letters.prepare}: ${zh.letters.kind["employer-owner-change"]}`,
    })
    .click();
  await page.getByLabel(zh.letters.fields.fullName).fill("Li Wei");
  await page.getByLabel(zh.letters.fields.employer).fill("Fjord Bygg AS");
  await page.getByLabel(zh.letters.fields.employmentEndsOn).fill(addDays(today, 20));
  await page.getByRole("button", { name: zh.letters.submit }).click();
  await expect(page.getByRole("textbox", { name: zh.letters.copyTitle })).toHaveValue(
    /Jeg ønsker å beholde nummeret privat\./,
  );
  await expect(page.getByText(zh.letters.sendToEmployer)).toBeVisible();
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
});

test("the end date a cancellation letter asks for reaches the case when the letter is sent", async ({
  page,
  signedIn,
}) => {
  void signedIn;
  const caseId = await createCase(page.request, { provider: "telenor" });
  // Sooner than any end Telenor's notice rule gives (the end of next month: 31 to 61 days on),
  // so on any day of the month the asked-for date is the earliest.
  const asked = addDays(today, 25);
  await page.goto(`/en/tracker/${caseId}/letters/new/cancellation`);
  await page.getByLabel(en.letters.fields.fullName).fill("Li Wei");
  await page.getByLabel(en.letters.fields.portingNo).check();
  await page.getByLabel(en.letters.fields.endOnDate).check();
  await page.getByLabel(en.letters.fields.endDate, { exact: true }).fill(asked);
  await page.getByRole("button", { name: en.letters.submit }).click();
  await expect(page).toHaveURL(/\/letters\/[\w-]+$/);
  await page.getByLabel(en.letters.sentOnField).fill(today);
  await page.getByRole("button", { name: en.letters.saveSent }).click();
  await expect(page).toHaveURL(new RegExp(`/en/tracker/${caseId}\\?saved=letter-sent`));
  const shown = formatDateOnly(asked, "en");
  // In the case's details, and as the day to move BankID and Vipps by (nothing earlier known
  // but the end the notice period gives, which for Telenor is later or the same).
  await expect(page.getByText(en.caseForm.fields.requestedEndOn, { exact: true })).toBeVisible();
  await expect(page.getByText(en.tracker.numberStopsReason["requested-end"])).toBeVisible();
  await expect(page.getByText(shown).first()).toBeVisible();
});

test("[zh] a link to a letter that does not exist leads to its case, which says so, with or without JavaScript", async ({
  page,
  signedIn,
}) => {
  void signedIn;
  const caseId = await createCase(page.request, { provider: "telenor" });
  for (const path of [
    `/zh/tracker/${caseId}/letters/no-such-letter`,
    `/zh/tracker/${caseId}/letters/no-such-letter/print`,
    `/zh/tracker/${caseId}/letters/new/no-such-kind`,
  ]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toBe(`/zh/tracker/${caseId}?missing=letter`);
  }
  // The notice is in the server's HTML, not only in what JavaScript renders.
  expect(await (await page.request.get(`/zh/tracker/${caseId}?missing=letter`)).text()).toContain(
    zh.tracker.letterNotFound,
  );
  await page.goto(`/zh/tracker/${caseId}/letters/no-such-letter`);
  await expect(page).toHaveURL(new RegExp(`/zh/tracker/${caseId}\\?missing=letter$`));
  await expect(
    page.getByRole("alert").filter({ hasText: zh.tracker.letterNotFound }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: zh.tracker.lettersTitle })).toBeVisible();
});

test("after the estate's cancellation, the chase is written for the estate: the deceased named as before, no birth date asked, signed on its behalf", async ({
  page,
  signedIn,
}) => {
  void signedIn;
  const caseId = await createCase(page.request, { provider: "telenor" });
  const prepare = async (kind: "estate-cancellation" | "chase") => {
    await page.goto(`/en/tracker/${caseId}`);
    await page
      .getByRole("region", { name: en.tracker.lettersTitle })
      .getByRole("link", { name: `${en.letters.prepare}: ${en.letters.kind[kind]}`, exact: true })
      .click();
  };
  await prepare("estate-cancellation");
  await page.getByLabel(en.letters.fields.fullName).fill("Li Wei");
  await page.getByLabel(en.letters.fields.deceasedName).fill("Wang Fang");
  await page.getByLabel(en.letters.fields.deathOn).fill(addDays(today, -30));
  await page.getByRole("button", { name: en.letters.submit }).click();
  await page.getByLabel(en.letters.sentOnField).fill(addDays(today, -20));
  await page.getByRole("button", { name: en.letters.saveSent }).click();
  await expect(page).toHaveURL(new RegExp(`/en/tracker/${caseId}\\?saved=letter-sent`));

  await prepare("chase");
  await expect(page.getByText(en.letters.forEstateNote)).toBeVisible();
  await expect(page.getByLabel(en.letters.fields.birthDate)).toHaveCount(0);
  await page.getByLabel(en.letters.fields.fullName).fill("Li Wei");
  // The deceased's name starts from the estate's cancellation; the writer can change it, but not
  // leave it out: emptied, it is asked for next to its field and nothing is written.
  const deceased = page.getByLabel(en.letters.fields.deceasedName);
  await expect(deceased).toHaveValue("Wang Fang");
  await deceased.fill("");
  await page.getByRole("button", { name: en.letters.submit }).click();
  await expect(page.locator("#deceasedName-error")).toHaveText(en.errors.required);
  await expect(page.getByLabel(en.letters.fields.fullName)).toHaveValue("Li Wei");
  await page.getByLabel(en.letters.fields.deceasedName).fill("Wang Fang");
  await page.getByRole("button", { name: en.letters.submit }).click();
  const body = page.getByRole("textbox", { name: en.letters.copyTitle });
  await expect(body).toHaveValue(/^Hei,\n\nJeg skriver på vegne av dødsboet etter Wang Fang\.\n/);
  await expect(body).toHaveValue(/Jeg sa opp mobilabonnementet på nummer \+47 912 34 567 den /);
  await expect(body).toHaveValue(
    /Med vennlig hilsen\nLi Wei, på vegne av dødsboet etter Wang Fang(\n|$)/,
  );
  await expect(body).not.toHaveValue(/Fødselsdato|Mobilnummer|mobilabonnementet mitt/);
  await expect(page.getByText("I am writing on behalf of the estate of Wang Fang.")).toBeVisible();
});

test("[zh] a case sent 16 days ago offers the chase letter, with its meaning in Chinese", async ({
  page,
  signedIn,
}) => {
  void signedIn;
  const caseId = await createCase(page.request, {
    provider: "telenor",
    submittedOn: addDays(today, -16),
  });
  await page.goto(`/zh/tracker/${caseId}`);
  await page
    .getByRole("region", { name: zh.tracker.lettersTitle })
    .getByRole("link", { name: `${zh.letters.prepare}: ${zh.letters.kind.chase}` })
    .click();
  // A name in Chinese characters would not match the passport the operator checks: asked again,
  // next to the field, in Chinese.
  await page.getByLabel(zh.letters.fields.fullName).fill("李伟");
  await page.getByRole("button", { name: zh.letters.submit }).click();
  await expect(page.locator("#fullName-error")).toHaveText(zh.errors.latinName);
  await expect(page.getByLabel(zh.letters.fields.fullName)).toHaveValue("李伟");
  await page.getByLabel(zh.letters.fields.fullName).fill("Li Wei");
  await page.getByRole("button", { name: zh.letters.submit }).click();
  const body = page.getByRole("textbox", { name: zh.letters.copyTitle });
  await expect(body).toHaveValue(/men har ikke fått skriftlig bekreftelse på oppsigelsen\./);
  await expect(page.getByText("请在七天内书面确认套餐已注销，并注明终止日期。")).toBeVisible();
  await expect(
    page.getByText(/我已于\d{4}年\d{1,2}月\d{1,2}日申请注销号码 \+47 912 34 567 的手机套餐/),
  ).toBeVisible();
});

test("the private calendar feed holds the case's deadline and dies when renewed or turned off; the CSV keeps Chinese", async ({
  page,
  signedIn,
  playwright,
}) => {
  void signedIn;
  const submittedOn = addDays(today, -2);
  await createCase(page.request, { provider: "ice", submittedOn, notes: "中文备注：合约期" });
  await page.goto("/en/tracker/account");
  const calendar = page.getByRole("region", { name: en.tracker.calendar.title });
  await calendar.getByRole("button", { name: en.tracker.calendar.create }).click();
  await expect(page.getByText(en.tracker.calendar.created)).toBeVisible();
  const url = await page.getByLabel(en.tracker.calendar.url).inputValue();
  expect(url).toMatch(/^http:\/\/localhost:\d+\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

  // Fetched like a calendar app: no cookies.
  const app = await playwright.request.newContext();
  const feed = await app.get(url);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const events = new ICAL.Component(ICAL.parse(await feed.text()))
    .getAllSubcomponents("vevent")
    .map((v) => new ICAL.Event(v));
  const followUp = events.find((e) => e.uid.endsWith("-confirmation@localhost"));
  expect(followUp?.startDate.toString()).toBe(addDays(submittedOn, 7));
  expect(followUp?.startDate.isDate).toBe(true);
  expect(followUp?.summary).toContain("Ice");
  // One event per deadline, each with an alarm (a phone alerts for nothing else).
  expect(new Set(events.map((e) => e.startDate.toString())).size).toBe(events.length);
  expect(followUp?.component.getAllSubcomponents("valarm")).toHaveLength(1);

  await calendar.getByRole("button", { name: en.tracker.calendar.renew }).click();
  await expect(page.getByText(en.tracker.calendar.renewed)).toBeVisible();
  expect((await app.get(url)).status()).toBe(404);
  const renewed = await page.getByLabel(en.tracker.calendar.url).inputValue();
  expect((await app.get(renewed)).status()).toBe(200);
  await page
    .getByRole("region", { name: en.tracker.calendar.title })
    .getByRole("button", { name: en.tracker.calendar.revoke })
    .click();
  await expect(page.getByText(en.tracker.calendar.revoked)).toBeVisible();
  expect((await app.get(renewed)).status()).toBe(404);
  await app.dispose();

  const csv = await page.request.get("/api/account/export/csv");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain("中文备注：合约期");
  expect(csv.headers()["content-disposition"]).toMatch(
    /^attachment; filename="si-opp-cases-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  // Separated as a Norwegian Excel expects, the phone number without an apostrophe.
  // (The first column, the line's own name, is empty here.)
  expect(bytes.toString("utf8").split("\r\n")[1]).toMatch(/^;"Ice";"0047 912 34 567";/);

  // The same table as a workbook: typed text cells, the phone number with its +.
  const xlsx = await page.request.get("/api/account/export/xlsx");
  expect(xlsx.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  const [sheet] = await readXlsxFile(await xlsx.body());
  // The case model's dates the user gave are in the table too.
  expect(sheet!.data[0]).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/End date you asked for|你申请的终止日期/),
      expect.stringMatching(/Must be done by|必须办完的日期/),
    ]),
  );
  expect(sheet!.data[1]).toEqual(
    expect.arrayContaining(["Ice", "+47 912 34 567", "中文备注：合约期"]),
  );
});

test("the case file: dates from the real sent date, notes, Norwegian labels, and dark text when printed from dark mode", async ({
  page,
  signedIn,
}) => {
  void signedIn;
  const submittedOn = addDays(today, -30);
  const caseId = await createCase(page.request, {
    provider: "telenor",
    submittedOn,
    notes: "Chat 3 Nov: agent Kari said it is done",
  });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/zh/tracker/${caseId}/case-file`);
  const dates = page.getByRole("region", { name: /Datoer i saken/ });
  await expect(dates.getByRole("listitem").first()).toContainText(
    formatDateOnly(submittedOn, "zh-Hans"),
  );
  await expect(page.getByRole("region", { name: /Notater/ })).toContainText(
    "agent Kari said it is done",
  );
  await expect(page.getByText("Mobilnummer", { exact: true })).toHaveAttribute("lang", "nb");

  // Printed from a phone in dark mode: dark text on white, not the screen's light grey.
  await page.emulateMedia({ colorScheme: "dark", media: "print" });
  const color = await page
    .getByRole("heading", { level: 1 })
    .evaluate((el) => getComputedStyle(el).color);
  const [r, g, b] = color.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(200);
});
