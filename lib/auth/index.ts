import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { cache } from "react";
import { authSecret, env } from "@/core/env";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { sessionAndUserOf } from "@/lib/data/session-lookup";
import { recordSignInAttempt } from "@/lib/data/sign-in-attempts";
import { forgetPendingSignIns, isSignInCode, storeSignInCode } from "@/lib/data/sign-in-codes";
import { defaultLocale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send-mail";
import { siteUrl } from "@/lib/site-url";
import { authLogger } from "./auth-logger";
import { safeCallbackPath } from "./callback-url";
import { normalizeEmailAddress } from "./email-address";
import { requestClient } from "./request-client";
import { codeSignInInProgress, newSignInCode, verificationTokenHash } from "./sign-in-code";
import { signInMessage } from "./sign-in-email";
import { signUpLocale } from "./sign-up-locale";
import type { Adapter } from "next-auth/adapters";

// Auth.js builds the magic link and its callback URLs from AUTH_URL when it is set, and
// otherwise from the request's Host / X-Forwarded-Host, which anyone can forge: a sign-in
// request for a victim with `Host: evil.example` would e-mail them a genuine link to the
// attacker's site. Pinned to SITE_URL (Auth.js reads it from the environment on every request).
process.env.AUTH_URL = new URL("/api/auth", siteUrl).toString();

/**
 * The Drizzle adapter, with new accounts starting in the language they signed up in, and one
 * sign-in per request: using a link (or its code) voids every other pending link and code of
 * that address.
 */
function adapter(): Adapter {
  const base = DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  return {
    ...base,
    // The same read as the base adapter's, compiled once instead of on every signed-in request.
    // Typed as the base adapter's: our schema lets a user's email be null, Auth.js never does.
    getSessionAndUser: async (sessionToken) =>
      sessionAndUserOf(sessionToken) as Awaited<
        ReturnType<NonNullable<typeof base.getSessionAndUser>>
      >,
    createUser: (user) =>
      base.createUser!({ ...user, locale: signUpLocale() ?? defaultLocale } as typeof user),
    useVerificationToken: async (params) => {
      // A code is a token too; it is accepted only through the code form, which counts tries
      // (lib/auth/sign-in-with-code.ts), never as a link's token however the URL was made.
      if (!codeSignInInProgress() && isSignInCode(params.identifier, params.token)) return null;
      const used = await base.useVerificationToken!(params);
      if (used) forgetPendingSignIns(used.identifier);
      return used;
    },
  };
}

// These locale-less paths are redirected to the reader's language (server/locale-redirect.ts).
const pages = {
  signIn: "/sign-in",
  verifyRequest: "/sign-in/check-email",
  error: "/sign-in/error",
};

/** One of the pages above (with its query), as Auth.js redirects to them; else null. */
function authPagePath(url: string): string | null {
  const parsed = URL.parse(url, siteUrl);
  return parsed?.origin === siteUrl.origin && Object.values(pages).includes(parsed.pathname)
    ? parsed.pathname + parsed.search
    : null;
}

// Built lazily (per request) so `next build`, which imports this module, needs neither the
// database nor the production secret.
const nextAuth = NextAuth(() => ({
  adapter: adapter(),
  secret: authSecret(),
  // Safe with AUTH_URL pinned above: the request's host is never used to build a URL.
  trustHost: true,
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
  // Our one-line format; never the values Auth.js received (they are the attacker's to write).
  logger: authLogger,
  callbacks: {
    // Only paths of this site in one of our locales (or Auth.js's own pages above), whatever
    // reached Auth.js.
    redirect: ({ url }) =>
      new URL(
        safeCallbackPath(url) ?? authPagePath(url) ?? `/${defaultLocale}/tracker`,
        siteUrl,
      ).toString(),
    // The authoritative sign-in limit, for every way in (our form, a raw POST in any body format
    // Auth.js accepts). Auth.js asks this before it stores a verification token or sends a link,
    // so a refused request leaves nothing behind.
    signIn: async ({ user, email }) => {
      if (!email?.verificationRequest) return true;
      return user.email && recordSignInAttempt(user.email, await requestClient())
        ? true
        : "/sign-in/error?error=RateLimited";
    },
    // Only what pages need (the id scopes every query). The database session object also holds
    // the session token and the whole user row, which must not reach /api/auth/session.
    session: ({ session, user }) =>
      ({
        expires: session.expires,
        user: { id: user.id, email: user.email, name: user.name ?? null },
      }) as typeof session,
  },
  providers: [
    Nodemailer({
      // Required by the provider's type; our mail module does the sending (SMTP or dev outbox).
      server: env.SMTP_URL ?? "smtp://localhost:25",
      from: env.MAIL_FROM,
      maxAge: 24 * 60 * 60,
      // Every path that can send a link passes here, the sign-in form and a raw POST alike.
      normalizeIdentifier(identifier) {
        const email = normalizeEmailAddress(identifier);
        if (!email) throw new Error("Invalid e-mail address");
        return email;
      },
      // The link, and beside it a code for a reader whose mail app opens links elsewhere: a
      // second verification token of the same address and lifetime (lib/auth/sign-in-code.ts).
      async sendVerificationRequest({ identifier, url, expires }) {
        const code = newSignInCode();
        storeSignInCode(identifier, verificationTokenHash(code, authSecret()), expires);
        await sendMail(await signInMessage({ address: identifier }, url, code));
      },
    }),
  ],
  pages,
}));

export const { handlers, signIn, signOut } = nextAuth;

/** The session for this request, read once however many components ask. */
export const auth = cache(nextAuth.auth);
