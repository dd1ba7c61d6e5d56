import "server-only";
import { NextRequest } from "next/server";
import { emailOfSessionToken } from "@/lib/data/session";
import { siteUrl } from "@/lib/site-url";
import { safeCallbackPath } from "./callback-url";
import { handlers } from "./index";
import { magicLinkGate, magicLinkPath } from "./magic-link-gate";
import { pendingSignInCookie } from "./pending-sign-in";
import { readCapped } from "./read-capped";
import { withRequestClient } from "./request-client";
import { isSameOriginRequest } from "./same-origin";
import { withCodeSignIn } from "./sign-in-code";
import { withSignUpLocale } from "./sign-up-locale";

/**
 * Auth.js's routes (app/api/auth/[...nextauth]/route.ts) with what Auth.js does not do for us in
 * front of them: a `callbackUrl` that is not a path of this site is dropped from the query, the
 * form or JSON body and Auth.js's own cookie before Auth.js sees it (it would answer 500 and log
 * the value as received); a magic link opened in a browser that did not ask for it asks first
 * (lib/auth/magic-link-gate.ts); bodies are small and must parse.
 */
const bodyLimitBytes = 16 * 1024;
const callbackCookies = ["authjs.callback-url", "__Secure-authjs.callback-url"];
// Auth.js's session cookie: the __Secure- name on https (its default, useSecureCookies).
const sessionCookie =
  siteUrl.protocol === "https:" ? "__Secure-authjs.session-token" : "authjs.session-token";

function sessionTokenOf(request: NextRequest): string | undefined {
  return request.cookies.get(sessionCookie)?.value;
}

export async function authGet(request: NextRequest): Promise<Response> {
  const cleaned = await withSafeCallbackUrls(request);
  if (cleaned instanceof Response) return cleaned;
  if (cleaned.nextUrl.pathname === magicLinkPath) {
    const held = await magicLinkGate(cleaned, emailOfSessionToken(sessionTokenOf(cleaned)));
    if (held) return held;
  }
  return runAuthJs(cleaned);
}

export async function authPost(request: NextRequest): Promise<Response> {
  const cleaned = await withSafeCallbackUrls(request);
  if (cleaned instanceof Response) return cleaned;
  if (cleaned.nextUrl.pathname === magicLinkPath) {
    if (!isSameOriginRequest(cleaned)) return plain(403, "Forbidden");
    const held = await magicLinkGate(cleaned, null);
    if (held) return held;
  }
  return runAuthJs(cleaned);
}

/**
 * Signs in with a code checked by the caller (app/api/auth/code/route.ts): Auth.js's own callback,
 * as if this browser had opened the link with the code as its token.
 */
export function signInWithCode(
  request: NextRequest,
  signIn: { email: string; code: string; returnTo: string },
): Promise<Response> {
  const url = new URL(magicLinkPath, siteUrl);
  url.search = new URLSearchParams({
    callbackUrl: signIn.returnTo,
    token: signIn.code,
    email: signIn.email,
  }).toString();
  const headers = new Headers(request.headers);
  headers.delete("content-type");
  headers.delete("content-length");
  const cookie = withSafeCallbackCookie(headers.get("cookie"));
  if (cookie !== null) headers.set("cookie", cookie);
  return withCodeSignIn(() => runAuthJs(new NextRequest(url, { method: "GET", headers })));
}

async function runAuthJs(request: NextRequest): Promise<Response> {
  const handler = request.method === "POST" ? handlers.POST : handlers.GET;
  const response = await withRequestClient(request, () =>
    withSignUpLocale(request, () => handler(request)),
  );
  // Signed in: this browser's pending sign-in is done, and must not vouch for another link.
  const signedIn = response.headers
    .getSetCookie()
    .some((line) => /^(__Secure-)?authjs\.session-token=[^;]/.test(line));
  if (signedIn)
    response.headers.append(
      "Set-Cookie",
      `${pendingSignInCookie}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${siteUrl.protocol === "https:" ? "; Secure" : ""}`,
    );
  return response;
}

async function withSafeCallbackUrls(request: NextRequest): Promise<NextRequest | Response> {
  const url = new URL(request.url);
  const fromQuery = url.searchParams.getAll("callbackUrl");
  if (fromQuery.length > 0) {
    url.searchParams.delete("callbackUrl");
    const safe = fromQuery.length === 1 ? safeCallbackPath(fromQuery[0]) : null;
    if (safe) url.searchParams.set("callbackUrl", safe);
  }
  let body: string | undefined;
  if (request.method === "POST") {
    const raw = await readCapped(request, bodyLimitBytes);
    if (raw === null) return plain(413, "Payload Too Large");
    const cleaned = withSafeBodyCallbackUrl(raw, request.headers.get("content-type") ?? "");
    if (cleaned === null) return plain(400, "Bad Request");
    body = cleaned;
  }
  const headers = new Headers(request.headers);
  const cookie = withSafeCallbackCookie(headers.get("cookie"));
  if (cookie !== null) headers.set("cookie", cookie);
  return new NextRequest(url, { method: request.method, headers, body });
}

/**
 * The Cookie header with Auth.js's callback-url cookie kept only when it is there once and safe.
 * Read on the raw header: a repeated cookie is one value to Next's parser (the last) and another
 * to Auth.js's (the first), so checking one parsed value would let the other through.
 */
function withSafeCallbackCookie(header: string | null): string | null {
  if (!header) return header;
  const pairs = header.split(";");
  const isCallback = (pair: string) => callbackCookies.includes(pair.split("=")[0]!.trim());
  const found = pairs.filter(isCallback);
  if (found.length === 0) return header;
  const keep = found.length === 1 && safeCallbackPath(cookieValue(found[0]!)) !== null;
  return pairs.filter((pair) => keep || !isCallback(pair)).join(";");
}

/**
 * A cookie pair's value as Auth.js reads it: percent-decoded when it can be, quotes kept (Auth.js
 * keeps them, so a quoted path is no path to it either).
 */
function cookieValue(pair: string): string {
  const raw = pair.slice(pair.indexOf("=") + 1).trim();
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The body with an unsafe `callbackUrl` taken out, or null when it does not parse. */
function withSafeBodyCallbackUrl(raw: string, contentType: string): string | null {
  // Read as Auth.js reads it (lib/utils/web.js, getBody): JSON when the type mentions JSON at
  // all, else a form when it mentions one; a body is checked with the parser that will use it.
  if (contentType.includes("application/json")) {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
    const record = value as Record<string, unknown>;
    if ("callbackUrl" in record) {
      const safe = safeCallbackPath(record.callbackUrl);
      if (safe) record.callbackUrl = safe;
      else delete record.callbackUrl;
    }
    return JSON.stringify(record);
  }
  if (contentType.includes("application/x-www-form-urlencoded")) {
    const form = new URLSearchParams(raw);
    const values = form.getAll("callbackUrl");
    if (values.length === 0) return raw;
    form.delete("callbackUrl");
    const safe = values.length === 1 ? safeCallbackPath(values[0]) : null;
    if (safe) form.set("callbackUrl", safe);
    return form.toString();
  }
  return raw;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
