"use client";

import { usePathname, useRouter } from "next/navigation";
import { Link } from "@/components/ui/link";
import { localeCookie, localeCookieAttributes } from "@/lib/i18n/locale-cookie";

type Option = { locale: string; htmlLang: string; name: string };

/**
 * Links to the same page in each other language. A client leaf only because it needs the
 * current path; the links are in the server HTML, so it works without JavaScript. With it, the
 * page's query (a helper's answers, a search) goes along, so switching never loses what the
 * reader did. (Reading the query while rendering would make every prerendered page dynamic.)
 */
export function LanguageSwitch({
  current,
  options,
  label,
}: {
  current: string;
  options: Option[];
  label: string;
}) {
  const pathname = usePathname();
  const router = useRouter();
  const rest = pathname.split("/").slice(2).join("/");
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1">
        {options.map((option) => {
          const href = `/${option.locale}${rest ? `/${rest}` : ""}`;
          return (
            <li key={option.locale}>
              {option.locale === current ? (
                <span
                  aria-current="true"
                  lang={option.htmlLang}
                  className="rounded px-2 py-1 font-semibold underline decoration-2 underline-offset-4"
                >
                  {option.name}
                </span>
              ) : (
                <Link
                  href={href}
                  hrefLang={option.htmlLang}
                  lang={option.htmlLang}
                  prefetch={false}
                  onClick={(event) => {
                    // The server remembers the choice on page loads only; a client-side
                    // navigation is a router fetch, so remember it here (server/remember-locale.ts).
                    document.cookie = `${localeCookie}=${option.locale}; ${localeCookieAttributes}`;
                    if (window.location.search) {
                      event.preventDefault();
                      router.push(href + window.location.search);
                    }
                  }}
                  className="rounded px-2 py-1 hover:bg-zinc-200 dark:hover:bg-zinc-800"
                >
                  {option.name}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
