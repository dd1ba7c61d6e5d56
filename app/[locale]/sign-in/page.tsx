import { notFound, redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Notice } from "@/components/ui/notice";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInPurpose } from "@/lib/auth/sign-in-purpose";
import { getSessionUser } from "@/lib/data/session";
import { isLocale } from "@/lib/i18n/locales";
import { requestSignInLink } from "./actions";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/sign-in">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl, locale) ?? `/${locale}/tracker`;
  if (await getSessionUser()) redirect(returnTo);
  const t = await getTranslations({ locale, namespace: "signIn" });
  const purpose = signInPurpose(returnTo);
  const messages = await getMessages();
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t("title")}</h1>
      {purpose !== "tracker" ? (
        <Notice tone="info" className="mb-4">
          {t(`purpose.${purpose}`)}
        </Notice>
      ) : null}
      <p className="mb-6 text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <NextIntlClientProvider messages={{ signIn: messages.signIn }}>
        <SignInForm action={requestSignInLink} locale={locale} callbackUrl={returnTo} />
      </NextIntlClientProvider>
      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">{t("privacy")}</p>
    </>
  );
}
