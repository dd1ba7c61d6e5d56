import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { isLocale } from "@/lib/i18n/locales";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe-token";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/unsubscribe">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "unsubscribe" });
  return { title: t("title"), robots: { index: false } };
}

/** What a click on an unsubscribe link shows: one button to confirm (GET never changes anything). */
export default async function UnsubscribePage({
  params,
  searchParams,
}: PageProps<"/[locale]/unsubscribe">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "unsubscribe" });
  const { token, done } = await searchParams;
  const raw = typeof token === "string" ? token : "";
  const verified = verifyUnsubscribeToken(raw);

  if (!verified) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("invalidTitle")}</h1>
        <p>{t("invalidBody")}</p>
        <p className="mt-4">
          <Link href={`/${locale}/tracker/account`} className="font-medium underline">
            {t("settings")}
          </Link>
        </p>
      </>
    );
  }
  const what = t(`scope.${verified.scope}`);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">
        {done ? t("doneTitle") : t("title")}
      </h1>
      {done ? (
        <p role="status">{t("doneBody", { what })}</p>
      ) : (
        <form
          action={`/api/unsubscribe?token=${encodeURIComponent(raw)}`}
          method="post"
          className="space-y-4"
        >
          <p>{t("confirm", { what })}</p>
          <button
            type="submit"
            className="rounded-md bg-sky-700 px-5 py-2 font-semibold text-white hover:bg-sky-800"
          >
            {t("button")}
          </button>
        </form>
      )}
      <p className="mt-6">
        <Link href={`/${locale}/tracker/account`} className="underline underline-offset-4">
          {t("settings")}
        </Link>
      </p>
    </>
  );
}
