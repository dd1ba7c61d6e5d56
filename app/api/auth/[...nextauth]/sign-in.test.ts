import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessions, users, verificationTokens } from "@/db/schema";
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
    expect(mail.html).toBeTruthy();
    const link = mail.text!.match(/http\S+\/api\/auth\/callback\/nodemailer\S+/)![0];

    const callback = await call(jar, "GET", link);
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe(`${origin}/zh/tracker`);
    expect(jar.get("authjs.session-token")).toBeTruthy();

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
    const again = await call(new CookieJar(), "GET", link);
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
      expect(
        db.select().from(verificationTokens).where(eq(verificationTokens.identifier, email)).all(),
      ).toHaveLength(5);
      expect(rejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", onRejection);
    }
  });
});
