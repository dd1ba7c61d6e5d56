import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";

export default function NotFound() {
  const t = useTranslations("notFound");
  const locale = useLocale();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <ul className="mt-6 list-disc space-y-1 pl-5">
        <li>
          <Link href={`/${locale}`} className="underline">
            {t("backHome")}
          </Link>
        </li>
        <li>
          <Link href={`/${locale}/guides`} className="underline">
            {t("guides")}
          </Link>
        </li>
      </ul>
    </>
  );
}
