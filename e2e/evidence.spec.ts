import { existsSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { unzipSync } from "fflate";
import { openDatabase } from "@/db/client";
import { caseEvidence } from "@/db/schema";
import { eml, jpegWithExif, pdf, png, svgAsPng } from "@/test/evidence-files";
import { seriousViolations } from "./axe";
import { e2eAppEnv, e2eDir } from "./env";
import { createCase, expect, signInAs, test } from "./fixtures";
import { deleteAccount } from "./pages/account-page";
import { catalogs, specLocales } from "./pages/catalogs";
import type { Page } from "@playwright/test";

// Evidence on a case, through the real form in a real browser: upload, see it on the case and in
// the case file, download the zip; another user gets nothing; deleting the case deletes the bytes.

/** Where the server keeps a file (EVIDENCE_DIR unset: `evidence/` beside the database). */
function storedPaths(caseId: string): string[] {
  const db = openDatabase(e2eAppEnv.DATABASE_PATH);
  try {
    return db
      .select({ sha256: caseEvidence.sha256 })
      .from(caseEvidence)
      .where(eq(caseEvidence.caseId, caseId))
      .all()
      .map(({ sha256 }) => path.join(e2eDir, "evidence", sha256.slice(0, 2), sha256));
  } finally {
    db.$client.close();
  }
}

async function upload(
  page: Page,
  rows: { name: string; mimeType: string; buffer: Buffer; caption?: string; shownOn?: string }[],
) {
  for (const [i, row] of rows.entries()) {
    await page.locator(`#file-${i}`).setInputFiles(row);
    if (row.caption) await page.locator(`#caption-${i}`).fill(row.caption);
    if (row.shownOn) await page.locator(`#shownOn-${i}`).fill(row.shownOn);
  }
}

for (const locale of specLocales) {
  const t = catalogs[locale].tracker.evidence;
  test(`${locale}: attach a screenshot and a PDF, see them on the case and in the case file, download the zip`, async ({
    page,
    signedIn: _,
  }) => {
    const caseId = await createCase(page.request, { locale, submittedOn: "2026-11-10" });
    await page.goto(`/${locale}/tracker/${caseId}`);
    const section = page.getByRole("region", { name: t.title });
    await expect(section).toContainText(t.none);
    await section.getByRole("link", { name: t.add }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.addTitle })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    const caption = locale === "zh" ? "聊天记录：客服确认已注销" : "Chat: agent confirms, ref 4471";
    await upload(page, [
      {
        name: "chat screenshot.png",
        mimeType: "image/png",
        buffer: await png(120, 80, 30),
        caption,
        shownOn: "2026-11-12",
      },
      { name: "faktura.pdf", mimeType: "application/pdf", buffer: pdf },
    ]);
    await page.getByRole("button", { name: t.upload }).click();

    await expect(page).toHaveURL(
      new RegExp(`/${locale}/tracker/${caseId}\\?saved=evidence#evidence$`),
    );
    await expect(page.getByText(catalogs[locale].tracker.saved.evidence)).toBeVisible();
    await expect(section.getByRole("listitem")).toHaveCount(2);
    await expect(section).toContainText(caption);
    await expect(section).toContainText("faktura.pdf");
    expect(await seriousViolations(page)).toEqual([]);
    const timeline = page.getByRole("region", { name: catalogs[locale].tracker.timeline });
    await expect(timeline).toContainText("chat screenshot.png");

    // The file links: the image opens inline, the PDF is an attachment, both typed by us.
    const image = await page.request.get(
      (await section.getByRole("link", { name: t.open }).getAttribute("href"))!,
    );
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(image.headers()["content-disposition"]).toMatch(
      /^inline; filename="chat screenshot.png"/,
    );
    expect(image.headers()["x-content-type-options"]).toBe("nosniff");
    expect(image.headers()["content-security-policy"]).toContain("sandbox");
    const downloads = section.getByRole("link", { name: t.download });
    const pdfResponse = await page.request.get((await downloads.nth(1).getAttribute("href"))!);
    expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
    expect(pdfResponse.headers()["content-disposition"]).toMatch(
      /^attachment; filename="faktura.pdf"/,
    );
    expect(Buffer.from(await pdfResponse.body()).equals(pdf)).toBe(true);

    // The case file shows the image itself, for printing.
    await page.goto(`/${locale}/tracker/${caseId}/case-file`);
    const shown = page.getByRole("img", { name: caption });
    await expect(shown).toBeVisible();
    expect(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
    expect(await seriousViolations(page)).toEqual([]);

    // Everything in one zip: the case file as HTML, the case as JSON, the two files.
    await page.goto(`/${locale}/tracker/${caseId}`);
    const zipLink = section.getByRole("link", { name: t.zip });
    const [download] = await Promise.all([page.waitForEvent("download"), zipLink.click()]);
    const zip = unzipSync(new Uint8Array(await readAll(await download.createReadStream())));
    const folder = `si-opp-${caseId.slice(0, 8)}`;
    expect(Object.keys(zip).sort()).toEqual([
      `${folder}/case-file.html`,
      `${folder}/case.json`,
      `${folder}/evidence/01-chat screenshot.png`,
      `${folder}/evidence/02-faktura.pdf`,
    ]);
    const html = new TextDecoder().decode(zip[`${folder}/case-file.html`]);
    expect(html).toContain(`<img src="evidence/01-chat%20screenshot.png" alt="${caption}">`);
    expect(Buffer.from(zip[`${folder}/evidence/02-faktura.pdf`]!).equals(pdf)).toBe(true);
    const json = JSON.parse(new TextDecoder().decode(zip[`${folder}/case.json`])) as {
      evidence: { fileName: string; caption: string | null }[];
    };
    expect(json.evidence.map((e) => e.fileName)).toEqual(["chat screenshot.png", "faktura.pdf"]);
  });
}

test("a refused file is named next to its field, the captions stay, nothing is saved (without JavaScript)", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(context, `nojs-evidence-${Date.now()}@example.test`);
  const page = await context.newPage();
  const caseId = await createCase(page.request, {});
  await page.goto(`/en/tracker/${caseId}/evidence`);
  const t = catalogs.en;
  await upload(page, [
    { name: "fine.png", mimeType: "image/png", buffer: await png(10, 10, 1), caption: "Keep me" },
    { name: "logo.png", mimeType: "image/png", buffer: svgAsPng, caption: "Not an image" },
  ]);
  await page.getByRole("button", { name: t.tracker.evidence.upload }).click();
  await expect(page.locator("#file-1-error")).toHaveText(t.errors.typeNotAllowed);
  await expect(page.locator("#caption-0")).toHaveValue("Keep me");
  await expect(page.locator("#caption-1")).toHaveValue("Not an image");
  await expect(page.getByText(t.tracker.evidence.chooseAgain)).toBeVisible();
  expect(storedPaths(caseId)).toEqual([]);

  // The same page works without JavaScript once the file is right; the photo loses its EXIF.
  // (A caption left in a row without a file would be asked about: the user clears it.)
  await page.locator("#caption-1").fill("");
  await upload(page, [{ name: "photo.jpg", mimeType: "image/jpeg", buffer: await jpegWithExif() }]);
  await page.getByRole("button", { name: t.tracker.evidence.upload }).click();
  await expect(page.getByText(t.tracker.saved.evidence)).toBeVisible();
  const [stored] = storedPaths(caseId);
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(stored!).includes(Buffer.from("PhoneMaker"))).toBe(false);
  await context.close();
});

test("user B gets nothing for A's files (page, file, zip, RSC); deleting the case removes the files from disk", async ({
  browser,
}) => {
  const alice = await browser.newContext();
  await signInAs(alice, `alice-evidence-${Date.now()}@example.test`);
  const alicePage = await alice.newPage();
  const caseId = await createCase(alicePage.request, { notes: "Alice's line" });
  await alicePage.goto(`/en/tracker/${caseId}/evidence`);
  await upload(alicePage, [
    { name: "alice-secret.png", mimeType: "image/png", buffer: await png(20, 20, 5) },
  ]);
  await alicePage.getByRole("button", { name: catalogs.en.tracker.evidence.upload }).click();
  await expect(alicePage.getByText(catalogs.en.tracker.saved.evidence)).toBeVisible();
  const fileUrl = (await alicePage
    .getByRole("link", { name: catalogs.en.tracker.evidence.open })
    .getAttribute("href"))!;
  const stored = storedPaths(caseId);
  expect(stored).toHaveLength(1);
  expect(existsSync(stored[0]!)).toBe(true);

  const bob = await browser.newContext();
  await signInAs(bob, `bob-evidence-${Date.now()}@example.test`);
  for (const url of [fileUrl, `${fileUrl}?download=1`, `/api/cases/${caseId}/evidence.zip`]) {
    const response = await bob.request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text()).not.toContain("alice-secret");
  }
  for (const url of [
    `/en/tracker/${caseId}`,
    `/en/tracker/${caseId}/evidence`,
    `/en/tracker/${caseId}/case-file`,
  ]) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const response = await bob.request.get(url, { headers, maxRedirects: 0 });
      expect(response.status(), url).toBeLessThan(500);
      expect(await response.text(), url).not.toContain("alice-secret");
    }
  }
  // Without a session, nothing either.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(fileUrl)).status()).toBe(401);

  await alicePage.goto(`/en/tracker/${caseId}/delete`);
  await alicePage.getByRole("button", { name: catalogs.en.tracker.deleteYes }).click();
  await expect(alicePage).toHaveURL(/\/en\/tracker\?/);
  expect(existsSync(stored[0]!)).toBe(false);
  expect((await alice.request.get(fileUrl)).status()).toBe(404);
  await Promise.all([alice.close(), bob.close(), anonymous.close()]);
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

for (const locale of specLocales) {
  const t = catalogs[locale].tracker.replies;
  test(`${locale}: the operator's answer is recorded with its file; a refusal marks the case refused`, async ({
    page,
    signedIn: _,
  }) => {
    const caseId = await createCase(page.request, { locale, submittedOn: "2026-11-10" });
    await page.goto(`/${locale}/tracker/${caseId}/evidence`);
    await upload(page, [
      { name: "svar.eml", mimeType: "message/rfc822", buffer: eml, caption: "Svar fra Telenor" },
    ]);
    await page.getByRole("button", { name: catalogs[locale].tracker.evidence.upload }).click();
    await expect(page.getByText(catalogs[locale].tracker.saved.evidence)).toBeVisible();

    const section = page.getByRole("region", { name: t.title });
    await expect(section).toContainText(t.none);
    await section.getByRole("link", { name: t.record }).click();
    // A date before the cancellation went out cannot confirm it: the problem stands at the date.
    await page.getByLabel(t.receivedOn).fill("2026-11-01");
    await page.getByRole("radio", { name: new RegExp(t.outcomes.confirmed) }).check();
    await page.getByLabel(t.text).fill("Vi bekrefter at abonnementet er sagt opp.");
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.locator("#receivedOn-error")).toHaveText(
      catalogs[locale].errors.beforeSubmitted,
    );
    await expect(page.getByLabel(t.text)).toHaveValue("Vi bekrefter at abonnementet er sagt opp.");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel(t.receivedOn).fill("2026-11-12");
    await page.getByRole("radio", { name: new RegExp(t.outcomes.refused) }).check();
    await page.getByLabel(t.text).fill("Vi kan ikke si opp før bindingstiden er over.");
    await page.getByLabel(t.evidence).selectOption({ label: "Svar fra Telenor (svar.eml)" });
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByText(catalogs[locale].tracker.saved["reply-rejected"])).toBeVisible();
    await expect(section).toContainText(t.outcomes.refused);
    await expect(section).toContainText("Vi kan ikke si opp før bindingstiden er over.");
    await expect(section.getByRole("link", { name: "Svar fra Telenor" })).toHaveAttribute(
      "href",
      /\/api\/evidence\/[\w-]+\?download=1$/,
    );
    await expect(page.getByText(catalogs[locale].tracker.status.rejected).first()).toBeVisible();
    const timeline = page.getByRole("region", { name: catalogs[locale].tracker.timeline });
    await expect(timeline).toContainText(t.outcomes.refused);
    // The zip's case file carries the answer too.
    const zip = unzipSync(
      new Uint8Array(
        await (await page.request.get(`/api/cases/${caseId}/evidence.zip?locale=${locale}`)).body(),
      ),
    );
    const html = new TextDecoder().decode(zip[`si-opp-${caseId.slice(0, 8)}/case-file.html`]);
    expect(html).toContain("Vi kan ikke si opp før bindingstiden er over.");
    expect(html).toContain(t.outcomes.refused);
  });
}

test("the operator's answer is recorded without JavaScript: an error keeps every value, the fix confirms the case", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(context, `nojs-reply-${Date.now()}@example.test`);
  const page = await context.newPage();
  const caseId = await createCase(page.request, { submittedOn: "2026-11-10" });
  const t = catalogs.en.tracker.replies;
  await page.goto(`/en/tracker/${caseId}`);
  await page.getByRole("region", { name: t.title }).getByRole("link", { name: t.record }).click();
  await page.getByLabel(t.receivedOn).fill("2026-11-01");
  await page.getByRole("radio", { name: new RegExp(t.outcomes.confirmed) }).check();
  await page.getByLabel(t.reference).fill("SR-9911");
  await page.getByLabel(t.text).fill("Abonnementet avsluttes 30. november.");
  await page.getByRole("button", { name: t.save }).click();
  await expect(page.locator("#receivedOn-error")).toHaveText(catalogs.en.errors.beforeSubmitted);
  await expect(page.getByLabel(t.reference)).toHaveValue("SR-9911");
  await expect(page.getByLabel(t.text)).toHaveValue("Abonnementet avsluttes 30. november.");
  await expect(page.getByRole("radio", { name: new RegExp(t.outcomes.confirmed) })).toBeChecked();

  await page.getByLabel(t.receivedOn).fill("2026-11-12");
  await page.getByRole("button", { name: t.save }).click();
  await expect(page.getByText(catalogs.en.tracker.saved["reply-confirmed"])).toBeVisible();
  await expect(page.getByText(catalogs.en.tracker.status.confirmed).first()).toBeVisible();
  await expect(page.getByRole("region", { name: t.title })).toContainText(
    "Abonnementet avsluttes 30. november.",
  );
  await context.close();
});

test("deleting the account removes its evidence files from disk", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, `leaver-evidence-${Date.now()}@example.test`);
  const page = await context.newPage();
  const caseId = await createCase(page.request, {});
  await page.goto(`/en/tracker/${caseId}/evidence`);
  await upload(page, [{ name: "bill.png", mimeType: "image/png", buffer: await png(12, 12, 7) }]);
  await page.getByRole("button", { name: catalogs.en.tracker.evidence.upload }).click();
  await expect(page.getByText(catalogs.en.tracker.saved.evidence)).toBeVisible();
  const [stored] = storedPaths(caseId);
  expect(existsSync(stored!)).toBe(true);

  await deleteAccount(page);
  expect(existsSync(stored!)).toBe(false);
  await context.close();
});
