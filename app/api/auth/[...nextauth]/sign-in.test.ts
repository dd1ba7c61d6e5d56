import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as codePOST } from "@/app/api/auth/code/route";
import { sessions, signInCodes, users, verificationTokens } from "@/db/schema";
import { linkWasSent } from "@/lib/auth/sign-in-outcome";
import { migratedDb } from "@/test/database";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { GET, POST } from "./route";

// Auth.js's route handlers (app/api/auth/[...nextauth]/route.ts), a real SMTP server on
// localhost and this file's SQLite file.
let smtpDown = false;
const { smtpPort } = vi.hoisted(() => {
  const smtpPort = 31000 + Math.floor(Math.random() * 20000);
  Object.assign(process.env, {
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    SITE_URL: "http://localhost:3000",
    AUTH_SECRET: "integration-secret-0123456789",
  });
  return { smtpPort };
});

const origin = "http://localhost:3000";
let sink: SmtpSink;
let db: ReturnType<typeof migratedDb>;
beforeAll(async () => {
  db = migratedDb();
  sink = await startSmtpSink({ port: smtpPort, rejectWhile: () => smtpDown });
});
afterAll(() => sink.close());

/** Cookies as a browser keeps them: name → value, from Set-Cookie headers. */
class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      this.cookies.set(name!.trim(), value.join("="));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  get(name: string) {
    return this.cookies.get(name);
  }
}

async function call(
  jar: CookieJar,
  method: "GET" | "POST",
  url: string,
  form?: Record<string, string>,
  extraHeaders: Record<string, string> = {},
) {
  const request = new NextRequest(url, {
    method,
    headers: {
      cookie: jar.header(),
      ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      host: "localhost:3000",
      ...extraHeaders,
    },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  const response = await (method === "GET" ? GET(request) : POST(request));
  jar.take(response);
  return response;
}

describe("magic-link sign-in (Auth.js handlers, real SMTP, real SQLite)", () => {
  it("e-mails a link in the reader's language, and the link signs the user in with a database session", async () => {
    const jar = new CookieJar();
    const { csrfToken } = await (await call(jar, "GET", `${origin}/api/auth/csrf`)).json();

    const requested = await call(jar, "POST", `${origin}/api/auth/signin/nodemailer`, {
      email: "Mei@Example.test",
      csrfToken,
      callbackUrl: `${origin}/zh/tracker`,
    });
    expect(requested.status).toBe(302);
    // Auth.js's own "verify request" step hands over to our localized "check your e-mail" page.
    const verify = await call(jar, "GET", requested.headers.get("location")!);
    expect(verify.headers.get("location")).toMatch(/^\/sign-in\/check-email\?/);

    const mail = await sink.waitFor((m) => (m.to as { text: string }).text === "mei@example.test");
    expect(mail.subject).toBe("你的 Si opp 登录链接");
    expect(mail.html).toMatch(/^<!DOCTYPE html/i);
    const link = mail.text!.match(/http\S+\/api\/auth\/callback\/nodemailer\S+/)![0];

    // Asked for by a raw POST, not our form: this browser holds no pending sign-in of ours, so
    // the link asks first, and the same-origin POST of that page signs in.
    const held = await call(jar, "GET", link);
    expect(held.status).toBe(303);
    expect(held.headers.get("location")).toMatch(
      /^http:\/\/localhost:3000\/zh\/sign-in\/confirm\?/,
    );
    expect(jar.get("authjs.session-token")).toBeUndefined();
    const callback = await call(jar, "POST", link, {}, { origin });
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe(`${origin}/zh/tracker`);
    expect(jar.get("authjs.session-token")).toMatch(/^[\w-]{20,}$/);

    const session = await (await call(jar, "GET", `${origin}/api/auth/session`)).json();
    expect(session.user).toMatchObject({ email: "mei@example.test", id: expect.any(String) });
    // Nothing more than needed leaves the server: no session token, no settings.
    expect(Object.keys(session).sort()).toEqual(["expires", "user"]);
    expect(Object.keys(session.user).sort()).toEqual(["email", "id", "name"]);
    // The account starts in the language the link was asked for from (/zh/…).
    expect(
      db
        .select()
        .from(users)
        .all()
        .find((u) => u.email === "mei@example.test")!.locale,
    ).toBe("zh");
    expect(db.select().from(sessions).all()).toHaveLength(1);

    // The same link a second time is refused (used links do not work again).
    const again = await call(new CookieJar(), "POST", link, {}, { origin });
    expect(again.headers.get("location")).toContain("error=Verification");
  });

  it("reports a link that could not be sent as a failure, not as 'check your e-mail'", async () => {
    const jar = new CookieJar();
    const { csrfToken } = await (await call(jar, "GET", `${origin}/api/auth/csrf`)).json();
    smtpDown = true;
    try {
      const requested = await call(jar, "POST", `${origin}/api/auth/signin/nodemailer`, {
        email: "down@example.test",
        csrfToken,
        callbackUrl: `${origin}/en/tracker`,
      });
      expect(linkWasSent(requested.headers.get("location")!)).toBe(false);
    } finally {
      smtpDown = false;
    }
    const ok = await call(jar, "POST", `${origin}/api/auth/signin/nodemailer`, {
      email: "up@example.test",
      csrfToken,
      callbackUrl: `${origin}/en/tracker`,
    });
    expect(linkWasSent(ok.headers.get("location")!)).toBe(true);
  });

  it("builds the link on SITE_URL whatever Host or X-Forwarded-Host the request claims", async () => {
    // Next builds a route handler's request URL from the Host header; a proxy may pass X-Forwarded-Host.
    const forged: { url: string; headers: Record<string, string> }[] = [
      { url: "http://evil.example", headers: { host: "evil.example" } },
      {
        url: "https://evil.example",
        headers: {
          host: "evil.example",
          "x-forwarded-host": "evil.example",
          "x-forwarded-proto": "https",
        },
      },
    ];
    for (const [i, { url, headers }] of forged.entries()) {
      const jar = new CookieJar();
      const { csrfToken } = await (
        await call(jar, "GET", `${url}/api/auth/csrf`, undefined, headers)
      ).json();
      const victim = `victim${i}@example.test`;
      await call(
        jar,
        "POST",
        `${url}/api/auth/signin/nodemailer`,
        { email: victim, csrfToken, callbackUrl: `${url}/en/tracker` },
        headers,
      );
      const mail = await sink.waitFor((m) => m.envelopeTo.includes(victim));
      const links = mail.text!.match(/https?:\/\/[^\s)\]]+/g)!;
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(new URL(link).origin).toBe(origin);
      expect(mail.html).not.toContain("evil.example");
    }
  });

  it("refuses an address that could reach another mailbox, on a raw POST that skips the form", async () => {
    const before = sink.messages.length;
    const attacks = [
      "x1,victim@example.test",
      "x2,victim@example.test",
      "victim\r\n@example.test",
      "attacker@evil.example\r\nBcc: victim@example.test",
      '"victim@example.test"@evil.example',
      "victim@example.test>, <other@evil.example",
    ];
    for (const email of attacks) {
      const jar = new CookieJar();
      const { csrfToken } = await (await call(jar, "GET", `${origin}/api/auth/csrf`)).json();
      const response = await call(jar, "POST", `${origin}/api/auth/signin/nodemailer`, {
        email,
        csrfToken,
        callbackUrl: `${origin}/en/tracker`,
      });
      expect(response.status).toBeLessThan(500);
      expect(linkWasSent(response.headers.get("location")!)).toBe(false);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.messages.slice(before).flatMap((m) => m.envelopeTo)).toEqual([]);
  });
  it("refuses a raw POST over the per-address limit, in any body Auth.js reads, before a token is stored: no mail, no stray token, no rejected promise", async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      const email = "limited@example.test";
      const sent: (string | null)[] = [];
      for (let i = 0; i < 6; i++) {
        const jar = new CookieJar();
        const { csrfToken } = await (await call(jar, "GET", `${origin}/api/auth/csrf`)).json();
        sent.push(
          (
            await call(jar, "POST", `${origin}/api/auth/signin/nodemailer`, {
              email,
              csrfToken,
              callbackUrl: `${origin}/en/tracker`,
            })
          ).headers.get("location"),
        );
      }
      // Over the limit in the other shapes Auth.js accepts: JSON, and a repeated field.
      for (const body of ["json", "repeated"] as const) {
        const jar = new CookieJar();
        const { csrfToken } = await (await call(jar, "GET", `${origin}/api/auth/csrf`)).json();
        const request = new NextRequest(`${origin}/api/auth/signin/nodemailer`, {
          method: "POST",
          headers: {
            cookie: jar.header(),
            host: "localhost:3000",
            "content-type":
              body === "json" ? "application/json" : "application/x-www-form-urlencoded",
          },
          body:
            body === "json"
              ? JSON.stringify({ email, csrfToken, callbackUrl: `${origin}/en/tracker` })
              : `email=bad&email=${encodeURIComponent(email)}&csrfToken=${csrfToken}`,
        });
        sent.push((await POST(request)).headers.get("location"));
      }
      expect(sent.slice(0, 5).every((location) => linkWasSent(location!))).toBe(true);
      expect(sent.slice(5)).toEqual(Array(3).fill(`${origin}/sign-in/error?error=RateLimited`));
      await sink.waitFor(
        () => sink.messages.filter((m) => m.envelopeTo.includes(email)).length === 5,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sink.messages.filter((m) => m.envelopeTo.includes(email))).toHaveLength(5);
      // Five links and their five codes.
      expect(
        db.select().from(verificationTokens).where(eq(verificationTokens.identifier, email)).all(),
      ).toHaveLength(10);
      expect(
        db.select().from(signInCodes).where(eq(signInCodes.identifier, email)).all(),
      ).toHaveLength(5);
      expect(rejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", onRejection);
    }
  });
});

/** Each request from its own client address, so the per-client sign-in limit stays out of the way. */
let clients = 0;
const freshClient = () => ({ "x-forwarded-for": `198.51.100.${++clients % 250}` });

/** Asks for a link the way any client can (a raw POST), and reads the link and code it mails. */
async function askForLink(email: string, callbackUrl = `${origin}/en/tracker`) {
  const jar = new CookieJar();
  const { csrfToken } = await (await call(jar, "GET", `${origin}/api/auth/csrf`)).json();
  const before = new Set(sink.messages);
  await call(
    jar,
    "POST",
    `${origin}/api/auth/signin/nodemailer`,
    { email, csrfToken, callbackUrl },
    freshClient(),
  );
  const mail = await sink.waitFor((m) => !before.has(m) && m.envelopeTo.includes(email));
  const link = mail.text!.match(/http\S+\/api\/auth\/callback\/nodemailer\S+/)![0];
  const code = mail
    .text!.match(/\b(\d{4}) (\d{4})\b/)!
    .slice(1)
    .join("");
  return { link, code };
}

/** The pending-sign-in cookie our sign-in form leaves in the browser that asked for a link. */
function askedHere(email: string, returnTo = "/en/tracker") {
  return `si-opp-pending-sign-in=${encodeURIComponent(JSON.stringify({ email, returnTo }))}`;
}

/** A browser already signed in as `email` (a session row, and its cookie). */
function signedInBrowser(email: string): { cookie: string; token: string } {
  const user = db.insert(users).values({ email }).returning({ id: users.id }).get();
  const token = `session-${email}`;
  db.insert(sessions)
    .values({ sessionToken: token, userId: user.id, expires: new Date(Date.now() + 86_400_000) })
    .run();
  return { cookie: `authjs.session-token=${token}`, token };
}

async function open(link: string, cookie: string) {
  const request = new NextRequest(link, { headers: { cookie, host: "localhost:3000" } });
  return GET(request);
}

describe("a magic link opened elsewhere never switches an account silently", () => {
  it("signs in at once in the browser that asked for it", async () => {
    const { link } = await askForLink("here@example.test", `${origin}/zh/tracker/abc`);
    const response = await open(link, askedHere("here@example.test"));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${origin}/zh/tracker/abc`);
    expect(response.headers.getSetCookie().join()).toContain("authjs.session-token=");
  });

  it("asks first in a browser that did not ask for it, or asked for another address", async () => {
    for (const cookie of ["", askedHere("someone-else@example.test")]) {
      const { link } = await askForLink("attacker1@example.test");
      const response = await open(link, cookie);
      expect(response.status).toBe(303);
      const confirm = new URL(response.headers.get("location")!);
      expect(confirm.pathname).toBe("/en/sign-in/confirm");
      expect(confirm.searchParams.get("email")).toBe("attacker1@example.test");
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it("asks first in a browser signed in as someone else, whose session survives until they confirm", async () => {
    const victim = signedInBrowser("victim-b@example.test");
    const { link } = await askForLink("attacker2@example.test");
    // Even with the attacker's own pending cookie planted, the signed-in victim is asked.
    const response = await open(link, `${victim.cookie}; ${askedHere("attacker2@example.test")}`);
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/en/sign-in/confirm");
    expect(db.select().from(sessions).where(eq(sessions.sessionToken, victim.token)).get()).toEqual(
      expect.objectContaining({ sessionToken: victim.token }),
    );
  });

  it("finishes only with a POST from this site: another origin, none, or a garbled one gets 403", async () => {
    const { link } = await askForLink("attacker3@example.test");
    for (const headers of [
      { origin: "https://evil.example" },
      {} as Record<string, string>,
      { origin: "null" },
      { origin: "%%" },
    ]) {
      const response = await call(new CookieJar(), "POST", link, {}, headers);
      expect(response.status).toBe(403);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    const confirmed = await call(new CookieJar(), "POST", link, {}, { origin });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe(`${origin}/en/tracker`);
  });
});

describe("the one-time code beside the link", () => {
  async function typeCode(cookie: string, code: string, locale = "en") {
    const request = new NextRequest(`${origin}/api/auth/code`, {
      method: "POST",
      headers: {
        cookie,
        origin,
        host: "localhost:3000",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ code, locale }).toString(),
    });
    return codePOST(request);
  }
  const wrong = (code: string) => String((Number(code) + 1) % 1e8).padStart(8, "0");

  it("signs in the browser that asked for it, once; the link is used up with it", async () => {
    const email = "code-user@example.test";
    const { link, code } = await askForLink(email);
    const response = await typeCode(
      askedHere(email, "/en/tracker/abc"),
      ` ${code.slice(0, 4)} ${code.slice(4)} `,
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${origin}/en/tracker/abc`);
    expect(response.headers.getSetCookie().join()).toContain("authjs.session-token=");
    // Whatever was mistyped before is forgotten once signed in.
    expect(response.headers.getSetCookie()).toContain(
      "si-opp-typed-code=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict",
    );
    // Single use, and the link sent with it is void too.
    const again = await typeCode(askedHere(email), code);
    expect(again.headers.get("location")).toBe(`${origin}/en/sign-in/check-email?code=void#code`);
    const linkLater = await open(link, askedHere(email));
    expect(linkLater.headers.get("location")).toContain("error=Verification");
  });

  it("counts wrong codes, then voids the code but not the link", async () => {
    const email = "guessed@example.test";
    const { link, code } = await askForLink(email);
    const answers: string[] = [];
    const cookies: string[][] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await typeCode(askedHere(email), wrong(code));
      answers.push(answer.headers.get("location")!);
      cookies.push(answer.headers.getSetCookie());
    }
    // What was typed comes back to the form through a short-lived HttpOnly cookie of this
    // browser (never the URL); once the code is void it is forgotten.
    expect(cookies[0]).toEqual([
      `si-opp-typed-code=${wrong(code)}; Max-Age=300; Path=/; HttpOnly; SameSite=Strict`,
    ]);
    expect(answers[0]).not.toContain(wrong(code));
    expect(cookies[4]).toEqual([
      "si-opp-typed-code=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict",
    ]);
    expect(answers.slice(0, 4)).toEqual(
      [4, 3, 2, 1].map((left) => `${origin}/en/sign-in/check-email?code=wrong&left=${left}#code`),
    );
    expect(answers[4]).toBe(`${origin}/en/sign-in/check-email?code=void#code`);
    // The right code is void now; the link still works.
    const late = await typeCode(askedHere(email), code);
    expect(late.headers.get("location")).toBe(`${origin}/en/sign-in/check-email?code=void#code`);
    const viaLink = await open(link, askedHere(email));
    expect(viaLink.status).toBe(302);
    expect(viaLink.headers.get("location")).toBe(`${origin}/en/tracker`);
  });

  it("cannot ride on a link's token: a repeated token or email is refused before Auth.js reads the last one", async () => {
    const email = "doubled@example.test";
    const { link, code } = await askForLink(email);
    const linkToken = new URL(link).searchParams.get("token")!;
    const attacker = await askForLink("doubler@example.test");
    const attackerToken = new URL(attacker.link).searchParams.get("token")!;
    const doubled = [
      // A link's token first (passes a first-value check), the code last (what Auth.js reads).
      `token=${linkToken}&email=${encodeURIComponent(email)}&token=${code}`,
      // The victim's own address first, the attacker's link last.
      `token=${linkToken}&email=${encodeURIComponent(email)}&token=${attackerToken}&email=${encodeURIComponent("doubler@example.test")}`,
    ];
    for (const query of doubled) {
      const url = `${origin}/api/auth/callback/nodemailer?${query}`;
      const viaGet = await open(url, askedHere(email));
      expect(viaGet.headers.get("location")).toBe(`${origin}/en/sign-in/error?error=Verification`);
      const viaPost = await call(new CookieJar(), "POST", url, {}, { origin });
      expect(viaPost.headers.get("location")).toBe(`${origin}/en/sign-in/error?error=Verification`);
      expect(viaPost.headers.getSetCookie().join()).not.toContain("session-token");
    }
    // Nothing was used up: the victim's link still signs in where it was asked for, and the
    // pending cookie is cleared with it.
    const fine = await open(link, askedHere(email));
    expect(fine.headers.get("location")).toBe(`${origin}/en/tracker`);
    expect(fine.headers.getSetCookie().join()).toMatch(/si-opp-pending-sign-in=;.*Max-Age=0/);
  });

  it("cannot be guessed through the link's URL, and needs a same-origin POST and our cookie", async () => {
    const email = "url-guess@example.test";
    const { code } = await askForLink(email);
    const asLink = `${origin}/api/auth/callback/nodemailer?${new URLSearchParams({ token: code, email })}`;
    const viaUrl = await open(asLink, askedHere(email));
    expect(viaUrl.headers.get("location")).toBe(`${origin}/en/sign-in/error?error=Verification`);
    const viaPost = await call(new CookieJar(), "POST", asLink, {}, { origin });
    expect(viaPost.headers.get("location")).toBe(`${origin}/en/sign-in/error?error=Verification`);

    const noCookie = await typeCode("", code);
    expect(noCookie.headers.get("location")).toBe(
      `${origin}/en/sign-in/check-email?code=expired#code`,
    );
    // A body past 4 KiB is not read (not even a chunked one without a length).
    const huge = new NextRequest(`${origin}/api/auth/code`, {
      method: "POST",
      headers: {
        cookie: askedHere(email),
        origin,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(`code=${"1".repeat(10_000)}`));
          controller.close();
        },
      }),
      duplex: "half",
    } as unknown as ConstructorParameters<typeof NextRequest>[1]);
    expect((await codePOST(huge)).status).toBe(400);
    const garbled = await typeCode(askedHere(email), "12ab");
    expect(garbled.headers.get("location")).toBe(
      `${origin}/en/sign-in/check-email?code=invalid#code`,
    );
    const foreign = new NextRequest(`${origin}/api/auth/code`, {
      method: "POST",
      headers: {
        cookie: askedHere(email),
        origin: "https://evil.example",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: `code=${code}`,
    });
    expect((await codePOST(foreign)).status).toBe(403);
  });
});

describe("junk callbackUrl on Auth.js's routes", () => {
  const junk = [
    "x\n2026-12-04 si-opp listening url=forged victim@example.test",
    "https://evil.example/en/tracker",
    "//evil.example",
    "/en/..//evil.example",
    "javascript:alert(1)",
    "http://[",
  ];

  it("never answers 500 and never writes what it received into the log", async () => {
    const lines: string[] = [];
    const spies = (["log", "error", "warn", "info"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(" "));
      }),
    );
    try {
      for (const value of junk) {
        const query = encodeURIComponent(value);
        for (const path of ["session", "csrf", "providers", "signin", "error"]) {
          const response = await call(
            new CookieJar(),
            "GET",
            `${origin}/api/auth/${path}?callbackUrl=${query}`,
          );
          expect(response.status, `${path} ${value}`).toBeLessThan(500);
        }
        // Once, quoted, and repeated behind a safe one (parsers disagree on which to read).
        for (const cookie of [
          `authjs.callback-url="%2Fen%2Ftracker"`,
          `authjs.callback-url=${query}`,
          `authjs.callback-url=${query}; authjs.callback-url=%2Fen%2Ftracker`,
          `authjs.callback-url=%2Fen%2Ftracker; authjs.callback-url=${query}`,
        ]) {
          const withCookie = await call(
            new CookieJar(),
            "GET",
            `${origin}/api/auth/session`,
            undefined,
            { cookie },
          );
          expect(withCookie.status, cookie).toBeLessThan(500);
        }

        const jar = new CookieJar();
        const { csrfToken } = await (await call(jar, "GET", `${origin}/api/auth/csrf`)).json();
        const asked = await call(
          jar,
          "POST",
          `${origin}/api/auth/signin/nodemailer`,
          { email: `junk-callback-${clients}@example.test`, csrfToken, callbackUrl: value },
          freshClient(),
        );
        expect(asked.status).toBeLessThan(500);
      }
      const json = new NextRequest(`${origin}/api/auth/signin/nodemailer`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{not json",
      });
      expect((await POST(json)).status).toBe(400);
      // A type that names both: Auth.js parses it as JSON, and so must the scrub.
      const jar = new CookieJar();
      const { csrfToken } = await (await call(jar, "GET", `${origin}/api/auth/csrf`)).json();
      const mixed = new NextRequest(`${origin}/api/auth/signin/nodemailer`, {
        method: "POST",
        headers: {
          cookie: jar.header(),
          host: "localhost:3000",
          ...freshClient(),
          "content-type": "application/x-www-form-urlencoded; x=application/json",
        },
        body: JSON.stringify({
          email: "mixed@example.test",
          csrfToken,
          callbackUrl: "https://evil.example/en",
        }),
      });
      expect((await POST(mixed)).status).toBe(302);
      const mail = await sink.waitFor((m) => m.envelopeTo.includes("mixed@example.test"));
      expect(mail.text).not.toContain("evil.example");
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(line).not.toContain("evil.example");
      expect(line).not.toContain("forged");
      expect(line).not.toMatch(/@example\.test/);
    }
  });

  it("keeps a safe callbackUrl, and drops a junk one (Auth.js then uses the site's root)", async () => {
    const { link } = await askForLink("junk-mail@example.test", "/en/..//evil.example/login");
    expect(new URL(link).searchParams.get("callbackUrl")).toBe(origin);
    const { link: kept } = await askForLink("kept@example.test", `${origin}/zh/tracker/x?saved=1`);
    expect(new URL(kept).searchParams.get("callbackUrl")).toBe(`${origin}/zh/tracker/x?saved=1`);
  });
});
