import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { requestSignInLink } from "@/app/[locale]/sign-in/actions";
import { SignInCodeForm, type SignInCodeProblem } from "@/components/auth/sign-in-code-form";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Link } from "@/components/ui/link";
import { env } from "@/core/env";
import { pendingSignIn } from "@/lib/auth/pending-sign-in";
import { readTypedCode, typedCodeCookie } from "@/lib/auth/typed-code";
import { isLocale } from "@/lib/i18n/locales";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/sign-in/check-email">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signIn" });
  return { title: t("checkTitle"), robots: { index: false } };
}

const codeProblems: readonly SignInCodeProblem[] = ["invalid", "wrong", "void", "expired"];

/**
 * After a link was sent: to which address, the code field (for a reader whose mail app opens the
 * link in another browser) and a real "send it again" (same limits as the form).
 */
export default async function CheckEmailPage({
  params,
  searchParams,
}: PageProps<"/[locale]/sign-in/check-email">) {
  const { locale } = await params;
  const query = await searchParams;
  const problem = codeProblems.find((known) => known === query.code);
  const triesLeft = Number(query.left);
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "signIn" });
  const pending = await pendingSignIn(locale);
  const typed =
    problem === "invalid" || problem === "wrong"
      ? readTypedCode((await cookies()).get(typedCodeCookie)?.value)
      : "";
  const messages = await getMessages();
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("checkTitle")}</h1>
      <p>
        {pending
          ? t.rich("checkBodyTo", {
              email: pending.email,
              strong: (chunks) => <strong className="break-all">{chunks}</strong>,
            })
          : t("checkBody")}
      </p>
      {pending || problem ? (
        <div className="mt-6 rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
          <SignInCodeForm
            locale={locale}
            problem={problem}
            typed={typed}
            triesLeft={Number.isInteger(triesLeft) && triesLeft >= 0 ? triesLeft : undefined}
          />
        </div>
      ) : null}
      <p className="mt-6 text-zinc-700 dark:text-zinc-300">{t("checkSpam")}</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        {pending ? (
          <NextIntlClientProvider messages={{ signIn: messages.signIn }}>
            <SignInForm
              action={requestSignInLink}
              locale={locale}
              callbackUrl={pending.returnTo}
              resendTo={pending.email}
            />
          </NextIntlClientProvider>
        ) : null}
        <Link
          href={`/${locale}/sign-in${pending ? `?callbackUrl=${encodeURIComponent(pending.returnTo)}` : ""}`}
          className="underline underline-offset-4"
        >
          {t("otherAddress")}
        </Link>
      </div>
      {!env.SMTP_URL && env.NODE_ENV !== "production" ? (
        <p className="mt-6 rounded-md bg-amber-50 p-3 dark:bg-amber-950/50">
          {t("devOutbox")}{" "}
          <Link href={`/${locale}/dev/outbox`} className="font-medium underline">
            {t("devOutboxLink")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
