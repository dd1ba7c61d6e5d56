import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getAccount } from "@/lib/data/account";
import { isLocale } from "@/lib/i18n/locales";
import { TrackerNav } from "./_components/tracker-nav";
import { trackerUser } from "./_lib/tracker-user";

/**
 * The frame of the signed-in area: the user is read once here and the nav drawn once. Pages
 * still ask `trackerUser` for the user (the same cached read), and every action checks the
 * session itself: a layout protects nothing on its own.
 */
export default async function TrackerLayout({
  children,
  params,
}: LayoutProps<"/[locale]/tracker">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await trackerUser(locale);
  const account = getAccount(user.id);
  return (
    <>
      <TrackerNav locale={locale} email={user.email} mailLocale={account?.locale ?? locale} />
      {children}
    </>
  );
}
