import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("'keep my number' leads to the porting guide with JavaScript disabled", async ({ page }) => {
  await page.goto("/en/helper");
  await page
    .getByRole("group", { name: "Do you want to keep your phone number?" })
    .getByLabel("Yes, keep it")
    .check();
  await page
    .getByRole("group", { name: "What do you have?" })
    .getByLabel("A subscription with a monthly invoice")
    .check();
  await page
    .getByRole("group", { name: /binding period/ })
    .getByLabel("No", { exact: true })
    .check();
  await page
    .getByRole("group", { name: /last 14 days/ })
    .getByLabel("No", { exact: true })
    .check();
  await page.getByRole("button", { name: "Show my steps" }).click();

  const result = page.getByRole("region", { name: "Your steps, in order" });
  await expect(result).toContainText("Port the number — do not cancel");
  await expect(result).not.toContainText("Cancel in writing");
  await result.getByRole("link", { name: "How porting works" }).click();
  await expect(page).toHaveURL(/\/en\/guides\/port-instead-of-cancel$/);
});

test("an incomplete answer is flagged next to the question and keeps the other answers", async ({
  page,
}) => {
  await page.goto("/zh/helper");
  await page.getByRole("group", { name: "你想保留现在的手机号吗？" }).getByLabel("不要了").check();
  await page.getByRole("button", { name: "查看我的步骤" }).click();
  const type = page.getByRole("group", { name: "你用的是哪种？" });
  await expect(type).toContainText("请选择一个答案。");
  await expect(
    page.getByRole("group", { name: "你想保留现在的手机号吗？" }).getByLabel("不要了"),
  ).toBeChecked();
  await expect(page.getByRole("region", { name: "你的步骤（按顺序）" })).toHaveCount(0);
});
