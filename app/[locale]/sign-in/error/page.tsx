import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { isLocale } from "@/lib/i18n/locales";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/sign-in/error">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signIn" });
  return { title: t("errorTitle"), robots: { index: false } };
}

// Auth.js sends ?error=Verification for an expired or already used link; RateLimited comes from
// the sign-in limit (lib/auth/index.ts, callbacks.signIn).
const known = ["Verification", "AccessDenied", "Configuration", "RateLimited"] as const;

export default async function SignInErrorPage({
  params,
  searchParams,
}: PageProps<"/[locale]/sign-in/error">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { error } = await searchParams;
  const kind = known.find((k) => k === error) ?? "Default";
  const t = await getTranslations({ locale, namespace: "signIn" });
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t(`authErrors.${kind}.title`)}</h1>
      <p>{t(`authErrors.${kind}.body`)}</p>
      <p className="mt-6">
        <Link href={`/${locale}/sign-in`} className="font-medium underline underline-offset-4">
          {t("tryAgain")}
        </Link>
      </p>
    </>
  );
}
