import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button, LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { normalizeEmailAddress } from "@/lib/auth/email-address";
import { magicLinkPath } from "@/lib/auth/magic-link-gate";
import { isLinkToken } from "@/lib/auth/sign-in-code";
import { getSessionUser } from "@/lib/data/session";
import { isLocale } from "@/lib/i18n/locales";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/sign-in/confirm">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signIn" });
  return { title: t("confirmTitle"), robots: { index: false } };
}

/**
 * A magic link opened in a browser that did not ask for it, or that is signed in as someone
 * else (lib/auth/magic-link-gate.ts): it names the account and signs in only when the reader
 * presses the button, a same-origin POST to the link's own URL. Both addresses are written out in
 * full (the link's is in its URL anyway): masked, `a.x@…` and `alice@…` would look the same.
 */
export default async function ConfirmSignInPage({
  params,
  searchParams,
}: PageProps<"/[locale]/sign-in/confirm">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "signIn" });
  const query = await searchParams;
  const token = query.token;
  const email = normalizeEmailAddress(query.email);
  const returnTo = safeCallbackPath(query.callbackUrl) ?? `/${locale}/tracker`;
  if (!isLinkToken(token) || !email || email !== query.email) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("confirmTitle")}</h1>
        <Notice tone="warning">{t("confirmInvalid")}</Notice>
      </>
    );
  }
  const current = await getSessionUser();
  const link = `${magicLinkPath}?${new URLSearchParams({ callbackUrl: returnTo, token, email })}`;
  const strong = (chunks: React.ReactNode) => <strong className="break-all">{chunks}</strong>;
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("confirmTitle")}</h1>
      <p className="mb-3">{t.rich("confirmBody", { email, strong })}</p>
      {current && current.email !== email ? (
        <Notice tone="warning" className="mb-3">
          {t.rich("confirmSignedInAs", { email: current.email, strong })}
        </Notice>
      ) : null}
      <p className="mb-6 text-sm text-zinc-700 dark:text-zinc-300">{t("confirmWhy")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <form method="post" action={link}>
          <Button className="break-all">{t("confirmSubmit", { email })}</Button>
        </form>
        <LinkButton href={`/${locale}`} variant="secondary">
          {t("confirmCancel")}
        </LinkButton>
      </div>
    </>
  );
}
