"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ReportSummary } from "@/lib/reports/summary";
import { ReportFigures } from "./report-figures";

type Loaded =
  { state: "loading" } | { state: "failed" } | { state: "ready"; summary: ReportSummary };

/**
 * The readers' reports on an operator's guide. The guide is prerendered (and its inline scripts
 * allowed by hash), so the figures, which change as readers share, are fetched from the public
 * JSON after load instead of being rendered into the page. Without JavaScript the link leads to
 * the same figures rendered by the server.
 */
export type ReaderReportsProps = {
  operator: string;
  operatorName: string;
  locale: string;
  languageTag: string;
};

export function ReaderReportsIsland({
  operator,
  operatorName,
  locale,
  languageTag,
}: ReaderReportsProps) {
  const t = useTranslations("readerReports");
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/reports/${operator}.json`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((summary: ReportSummary) => setLoaded({ state: "ready", summary }))
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ state: "failed" });
      });
    return () => controller.abort();
  }, [operator]);

  return (
    <div aria-live="polite" aria-busy={loaded.state === "loading"}>
      {loaded.state === "ready" ? (
        <ReportFigures summary={loaded.summary} languageTag={languageTag} />
      ) : loaded.state === "failed" ? (
        <p>{t("couldNotLoad")}</p>
      ) : null}
      <p className="mt-3">
        <Link href={`/${locale}/operators/${operator}/reports`} prefetch={false}>
          {t("seeFigures", { name: operatorName })}
        </Link>
      </p>
    </div>
  );
}
