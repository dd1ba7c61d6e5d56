import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { htmlLangOf, languageNameOf } from "@/lib/i18n/html-lang";

/**
 * The signed-in user's bar, once for every tracker page: who (with sign-out beside the name, away
 * from the everyday links, and asking first), their cases, e-mail language, account.
 */
export async function TrackerNav({
  locale,
  email,
  mailLocale,
}: {
  locale: string;
  email: string;
  mailLocale: string;
}) {
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-zinc-200 pb-3 text-sm dark:border-zinc-800 print:hidden">
      <div className="space-y-0.5">
        <p className="text-zinc-600 dark:text-zinc-400">
          {t("signedInAs", { email })}
          {" · "}
          <Link href={`/${locale}/tracker/sign-out`} className="underline underline-offset-4">
            {t("signOut")}
          </Link>
        </p>
        <p>
          <span lang={htmlLangOf(mailLocale)}>
            {t("mailLanguage", { language: languageNameOf(mailLocale) })}
          </span>
          {" · "}
          <Link href={`/${locale}/tracker/account#locale`} className="underline underline-offset-4">
            {t("change")}
          </Link>
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Link href={`/${locale}/tracker`} className="underline underline-offset-4">
          {t("myCases")}
        </Link>
        <Link href={`/${locale}/tracker/account`} className="underline underline-offset-4">
          {t("account")}
        </Link>
      </div>
    </div>
  );
}
