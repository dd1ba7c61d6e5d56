import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TrackerNav } from "@/components/tracker/tracker-nav";
import { requireUser } from "@/lib/data/session";
import { isLocale } from "@/lib/i18n/locales";
import { deleteAccountAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracker/account/delete">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracker.accountPage" });
  return { title: t("delete"), robots: { index: false } };
}

export default async function DeleteAccountPage({ params, searchParams }: PageProps<"/[locale]/tracker/account/delete">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/tracker/account/delete`);
  const t = await getTranslations({ locale, namespace: "tracker.accountPage" });
  const { missing } = await searchParams;
  return (
    <>
      <TrackerNav locale={locale} email={user.email} />
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t("delete")}</h1>
      <p className="mb-6">{t("deleteExplain")}</p>
      <form action={deleteAccountAction} className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <div>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="confirm" value="yes" className="size-4" aria-describedby={missing ? "confirm-error" : undefined} aria-invalid={missing ? true : undefined} />
            {t("deleteCheckbox")}
          </label>
          {missing ? <p id="confirm-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">{t("deleteMissing")}</p> : null}
        </div>
        <div className="flex flex-wrap gap-4">
          <button type="submit" className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800">{t("deleteYes")}</button>
          <Link href={`/${locale}/tracker/account`} className="px-4 py-2 underline underline-offset-4">{t("cancel")}</Link>
        </div>
      </form>
    </>
  );
}
