/**
 * Picks the locale for a request that came without one in its path (`/`, `/guides/x`).
 * A remembered choice (cookie) wins; otherwise the first Accept-Language entry, in q order,
 * whose primary subtag we serve. Any `zh*` (zh-CN, zh-TW, zh-Hant-HK…) counts as `zh`: our
 * readers prefer Chinese they can read over English, so unlike next-intl's matcher we do not
 * fall through to English for Traditional-script tags.
 */
export function negotiateLocale(input: {
  cookie: string | undefined;
  acceptLanguage: string | null;
  locales: readonly string[];
  defaultLocale: string;
}): string {
  const { cookie, acceptLanguage, locales, defaultLocale } = input;
  if (cookie && locales.includes(cookie)) return cookie;

  for (const tag of parseAcceptLanguage(acceptLanguage ?? "")) {
    const primary = tag.split("-")[0]!.toLowerCase();
    if (locales.includes(primary)) return primary;
  }
  return defaultLocale;
}

/** Language tags from an Accept-Language header, most preferred first, q=0 dropped. */
export function parseAcceptLanguage(header: string): string[] {
  return (
    header
      .split(",")
      .map((part, index) => {
        const [rawTag = "", ...params] = part.trim().split(";");
        const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
        const q = qParam ? Number(qParam.slice(2)) : 1;
        return { tag: rawTag.trim(), q: Number.isFinite(q) ? q : 0, index };
      })
      .filter(({ tag, q }) => tag !== "" && tag !== "*" && q > 0)
      // Stable: equal weights keep header order.
      .sort((a, b) => b.q - a.q || a.index - b.index)
      .map(({ tag }) => tag)
  );
}
