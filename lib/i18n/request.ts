import { getRequestConfig } from "next-intl/server";
import { defaultTimeZone } from "@/lib/tracker/dates";
import { defaultLocale, isLocale } from "./locales";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    // Dates on this site are Norwegian dates: format them as seen in Norway.
    timeZone: defaultTimeZone,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
