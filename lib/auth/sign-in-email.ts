import { createElement } from "react";
import { renderEmail } from "@/emails/render-email";
import SignInEmail from "@/emails/sign-in-email";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { MailAddress, MailMessage } from "@/lib/mail/send-mail";
import { displaySignInCode } from "./sign-in-code";

/**
 * The reader's language travels in the callback URL (`/zh/tracker`), so the link arrives in the
 * language they were reading when they asked for it.
 */
export function localeOfMagicLink(url: string): string {
  try {
    const callback = new URL(url).searchParams.get("callbackUrl");
    const first = callback ? new URL(callback, url).pathname.split("/")[1] : undefined;
    return isLocale(first) ? first : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export async function signInMessage(
  to: MailAddress,
  url: string,
  code: string,
): Promise<MailMessage> {
  const locale = localeOfMagicLink(url);
  const t = translatorFor(locale, "signInEmail");
  const strings = {
    preview: t("preview"),
    heading: t("heading"),
    body: t("body"),
    button: t("button"),
    codeIntro: t("codeIntro"),
    expires: t("expires"),
    ignore: t("ignore"),
  };
  const { html, text } = await renderEmail(
    createElement(SignInEmail, {
      url,
      code: displaySignInCode(code),
      lang: htmlLangOf(locale),
      strings,
    }),
  );
  return { to, subject: t("subject"), html, text };
}
