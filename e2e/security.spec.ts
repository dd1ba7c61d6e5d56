import { expect, test } from "@playwright/test";
import { signInByEmail } from "./auth";
import { watchCspViolations } from "./csp";
import { e2eBaseURL } from "./env";
import { createCase, resetSignInClientBudgets, signInAs } from "./fixtures";
import { cookiesOf, rawRequest } from "./http";
import { firstLink, waitForMail } from "./mail";

function expectSecurityHeaders(
  headers: Record<string, string | string[] | undefined>,
  what: string,
) {
  const csp = String(headers["content-security-policy"] ?? "");
  const scriptSrc =
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? "";
  expect(scriptSrc, `${what}: script-src`).toMatch(/^script-src 'self'/);
  expect(scriptSrc, what).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // SITE_URL is http here; HSTS is only sent for https (unit-tested in server/).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

test("every kind of response carries the security headers", async () => {
  const guide = await rawRequest("/en/guides/cancel-mobile-subscription");
  const script = /<script src="(\/_next\/static\/[^"]+)"/.exec(guide.body)![1]!;
  const responses = {
    "prerendered guide": guide,
    "dynamic page": await rawRequest("/en/helper?keep=no&type=prepaid&binding=unsure&recent=yes"),
    redirect: await rawRequest("/en/tracker"),
    "locale redirect": await rawRequest("/guides", { headers: { "accept-language": "zh" } }),
    "dot segments": await rawRequest("/api/../guides"),
    "404 page": await rawRequest("/en/no-such-page"),
    API: await rawRequest("/api/health"),
    "API error": await rawRequest("/api/unsubscribe?token=forged", { method: "POST" }),
    file: await rawRequest("/robots.txt"),
    script: await rawRequest(script),
  };
  expect(
    Object.fromEntries(Object.entries(responses).map(([what, r]) => [what, r.status])),
  ).toMatchObject({
    "prerendered guide": 200,
    "dynamic page": 200,
    redirect: 307,
    "locale redirect": 307,
    "dot segments": 400, // refused before the locale redirect could send it anywhere
    "404 page": 404,
    "API error": 400,
    file: 200,
    script: 200,
  });
  for (const [what, response] of Object.entries(responses))
    expectSecurityHeaders(response.headers, what);
  expect(responses["locale redirect"].headers["location"]).toBe("/zh/guides");
  // The guide is still a prerendered file (hash-based CSP, no nonce); dynamic pages get a nonce.
  expect(guide.headers["x-nextjs-cache"]).toBe("HIT");
  expect(guide.headers["content-security-policy"]).toMatch(/'sha256-/);
  expect(guide.headers["content-security-policy"]).not.toContain("nonce-");
  expect(responses["dynamic page"].headers["content-security-policy"]).toMatch(/'nonce-[\w+/=]+'/);
});

// Every public page is checked for CSP violations in accessibility.spec.ts, which loads them all.
test("no signed-in page logs a CSP violation, and scripts still run", async ({ page, context }) => {
  const violations = watchCspViolations(page);
  await signInAs(context, "csp@example.test");
  const id = await createCase(context.request, { submittedOn: "2026-11-01" });
  for (const path of [
    "/en/tracker",
    "/en/tracker/new",
    "/en/tracker/account",
    "/zh/tracker",
    `/en/tracker/${id}`,
    `/zh/tracker/${id}/edit`,
    `/en/tracker/${id}/confirm`,
    `/zh/tracker/${id}/letters/new/chase`,
    `/en/tracker/${id}/case-file`,
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
  // Next's client runtime started under the policy (it sets window.next once it runs).
  expect(await page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe("object");
});

test("another site cannot frame a signed-in page", async ({ page, context }) => {
  await signInAs(context, "framed@example.test");
  await page.route("http://attacker.test/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<iframe name="victim" src="${e2eBaseURL}/en/tracker/account/delete" width="800" height="600"></iframe>`,
    }),
  );
  await page.goto("http://attacker.test/");
  // Chromium refuses our page in the frame and puts its own error page there instead.
  await expect.poll(() => page.frame({ name: "victim" })?.url()).toMatch(/^chrome-error:/);
  const frame = page.frame({ name: "victim" })!;
  // Chromium refuses to render it (frame-ancestors / X-Frame-Options): an error page, nothing of ours.
  expect(frame.url()).not.toContain(e2eBaseURL);
  expect(await frame.content()).not.toContain("Si opp");
});

test.describe("one origin: SITE_URL", () => {
  test("a page asked for on another host is redirected to SITE_URL, the API answers anywhere", async () => {
    const page = await rawRequest("/en/guides?x=1", {
      headers: { host: `127.0.0.1:${new URL(e2eBaseURL).port}` },
    });
    expect(page.status).toBe(308);
    expect(page.headers.location).toBe(`${e2eBaseURL}/en/guides?x=1`);
    const forged = await rawRequest("/en/guides", { headers: { host: "evil.example" } });
    expect(forged.headers.location).toBe(`${e2eBaseURL}/en/guides`);
    expect([200, 503]).toContain(
      (await rawRequest("/api/health", { headers: { host: "127.0.0.1" } })).status,
    ); // answered, not redirected
  });

  test("signing in from 127.0.0.1 ends signed in, on SITE_URL", async ({ page }) => {
    await page.goto(`http://127.0.0.1:${new URL(e2eBaseURL).port}/en/sign-in`);
    await expect(page).toHaveURL(`${e2eBaseURL}/en/sign-in`);
    await signInByEmail(page, "loopback@example.test");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("a sign-in request with a forged Host or X-Forwarded-Host mails a link to SITE_URL only", async () => {
    const forged: Record<string, string>[] = [
      { host: "evil.example" },
      { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
    ];
    for (const [i, headers] of forged.entries()) {
      const victim = `poison${i}@example.test`;
      const csrf = await rawRequest("/api/auth/csrf", { headers });
      const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
      const body = new URLSearchParams({
        email: victim,
        csrfToken,
        callbackUrl: "https://evil.example/en/tracker",
      }).toString();
      const response = await rawRequest("/api/auth/signin/nodemailer", {
        method: "POST",
        headers: {
          ...headers,
          cookie: cookiesOf(csrf),
          "content-type": "application/x-www-form-urlencoded",
          "content-length": String(Buffer.byteLength(body)),
        },
        body,
      });
      expect(response.status).toBeLessThan(400);
      const mail = await waitForMail(victim);
      const link = firstLink(mail, "/api/auth/callback/");
      expect(new URL(link).origin).toBe(e2eBaseURL);
      expect(new URL(link).searchParams.get("callbackUrl")).not.toContain("evil.example");
      expect(mail.html).not.toContain("evil.example");
    }
  });
});

test.describe("sign-in limits a client cannot reset", () => {
  test.beforeAll(resetSignInClientBudgets);
  test.afterAll(resetSignInClientBudgets);

  test("a fresh X-Forwarded-For per request does not lift the per-client limit", async ({
    request,
  }) => {
    const sent: boolean[] = [];
    for (let i = 0; i < 21; i++) {
      const headers = {
        "X-Forwarded-For": `198.51.100.${i + 1}`,
        "X-Real-IP": `203.0.113.${i + 1}`,
      };
      const { csrfToken } = await (await request.get("/api/auth/csrf", { headers })).json();
      const response = await request.post("/api/auth/signin/nodemailer", {
        headers,
        form: { email: `rotate${i}@example.test`, csrfToken, callbackUrl: "/en/tracker" },
        maxRedirects: 0,
      });
      sent.push(!(response.headers()["location"] ?? "").includes("error"));
    }
    expect(sent.filter(Boolean)).toHaveLength(20);
    expect(sent.at(-1)).toBe(false);
  });
});

test("a callbackUrl with control characters gets the sign-in page, not an error", async ({
  page,
  context,
  request,
}) => {
  for (const callbackUrl of [
    "%2Fen%2Ftracker%0d%0aSet-Cookie:%20x=1",
    "%2Fen%2F%00",
    "%2Fen%2F%5Cevil.example",
    "https%3A%2F%2Fevil.example",
  ]) {
    const response = await request.get(`/en/sign-in?callbackUrl=${callbackUrl}`);
    expect(response.status(), callbackUrl).toBe(200);
  }
  await signInAs(context, "callback@example.test");
  const signedIn = await page.goto(
    "/en/sign-in?callbackUrl=%2Fen%2Ftracker%0d%0aSet-Cookie:%20x=1",
  );
  expect(signedIn!.status()).toBe(200);
  await expect(page).toHaveURL(/\/en\/tracker$/);
});

test("a cookie header another site or an old browser could send still gets the page", async () => {
  // The production server reads the Cookie header to remember the language: a name with a space
  // once made its rewrite of that header throw, and the request was never answered.
  const cookie = 'a b=1; v="q"; NEXT_LOCALE=xx';
  const guide = await rawRequest("/zh/guides/cancel-mobile-subscription", { headers: { cookie } });
  expect(guide.status).toBe(200);
  expect(guide.headers["set-cookie"]).toEqual([expect.stringMatching(/^NEXT_LOCALE=zh;/)]);
  const tracker = await rawRequest("/zh/tracker", { headers: { cookie } });
  expect(tracker.status).toBe(307);
  expect(tracker.headers["location"]).toMatch(/^\/zh\/sign-in\?callbackUrl=%2Fzh%2Ftracker$/);
});
