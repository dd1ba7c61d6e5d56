"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * When rendering a page fails unexpectedly: a localized message with a way back, never a bare
 * 500. (Forms keep their input themselves: their actions answer "could not save" instead.)
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errorPage");
  const locale = useLocale();
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p>{t("body")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="button" onClick={reset}>
          {t("retry")}
        </Button>
        <Link href={`/${locale}`} className="underline underline-offset-4">
          {t("home")}
        </Link>
      </div>
      {error.digest ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {t("reference", { digest: error.digest })}
        </p>
      ) : null}
    </div>
  );
}
