import "server-only";
import { serialize } from "cookie";
import { siteUrl } from "@/lib/site-url";

/**
 * What was typed into the code field when the code was refused, kept five minutes in an HttpOnly
 * cookie of this browser, so the form shows it again to be corrected (one digit off is the usual
 * mistake) instead of starting empty. Never in the URL: a near-miss of a live code does not
 * belong in history or logs.
 */
export const typedCodeCookie = `${siteUrl.protocol === "https:" ? "__Host-" : ""}si-opp-typed-code`;

/** Only what a code field can sensibly hold: digits, spaces and dashes, at most 20. */
export function readTypedCode(raw: unknown): string {
  if (typeof raw !== "string") return "";
  return raw
    .normalize("NFKC")
    .replace(/[^\d -]/g, "")
    .trim()
    .slice(0, 20);
}

/** The Set-Cookie header that keeps (or, with "", forgets) what was typed. */
export function typedCodeSetCookie(typed: string): string {
  return serialize(typedCodeCookie, typed, {
    httpOnly: true,
    sameSite: "strict",
    secure: siteUrl.protocol === "https:",
    path: "/",
    maxAge: typed ? 5 * 60 : 0,
  });
}
