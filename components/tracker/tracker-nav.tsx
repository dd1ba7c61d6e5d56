import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/[locale]/tracker/actions";

/** The signed-in user's bar: their cases, their account, sign out. */
export async function TrackerNav({ locale, email }: { locale: string; email: string }) {
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-zinc-200 pb-3 text-sm dark:border-zinc-800">
      <p className="text-zinc-600 dark:text-zinc-400">{t("signedInAs", { email })}</p>
      <div className="flex flex-wrap items-center gap-3">
        <Link href={`/${locale}/tracker`} className="underline underline-offset-4">{t("myCases")}</Link>
        <Link href={`/${locale}/tracker/account`} className="underline underline-offset-4">{t("account")}</Link>
        <form action={signOutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="underline underline-offset-4">{t("signOut")}</button>
        </form>
      </div>
    </div>
  );
}
