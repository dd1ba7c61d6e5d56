import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { htmlLangOf, languageNameOf } from "@/lib/i18n/html-lang";
import { locales } from "@/lib/i18n/locales";
import { LanguageSwitch } from "./language-switch";

const navItems = [
  { path: "/guides", label: "guides" },
  { path: "/operators", label: "operators" },
  { path: "/glossary", label: "glossary" },
  { path: "/search", label: "search" },
  { path: "/tracker", label: "tracker" },
] as const;

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "layout" });
  const siteName = (await getTranslations({ locale, namespace: "meta" }))("siteName");
  const options = locales.map((each) => ({
    locale: each,
    htmlLang: htmlLangOf(each),
    name: languageNameOf(each),
  }));
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800 print:hidden">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href={`/${locale}`} className="text-lg font-bold tracking-tight">
          {siteName}
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <nav aria-label={t("primaryNav")}>
            <ul className="flex flex-wrap gap-1">
              {navItems.map((item) => (
                <li key={item.path}>
                  <Link
                    href={`/${locale}${item.path}`}
                    className="rounded px-2 py-1 hover:bg-zinc-200 dark:hover:bg-zinc-800"
                  >
                    {t(item.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitch current={locale} options={options} label={t("language")} />
        </div>
      </div>
    </header>
  );
}
